<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutPage</name>
    <message>
        <source>This application</source>
        <translation>Diese Anwendung</translation>
    </message>
    <message>
        <source>Windows, text and network</source>
        <translation>Fenster, Text und Netzwerk</translation>
    </message>
    <message>
        <source>Encryption and certificates</source>
        <translation>Verschlüsselung und Zertifikate</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Guichet Desktop is already running: its window was brought to the front.</source>
        <translation>Guichet Desktop läuft bereits: Sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Guichet Desktop</source>
        <translation>Guichet Desktop</translation>
    </message>
    <message>
        <source>%1

Error code: %2</source>
        <translation>%1

Fehlercode: %2</translation>
    </message>
</context>
<context>
    <name>CardProfile</name>
    <message>
        <source>Luxembourg identity card (2014 model)</source>
        <translation>Luxemburgischer Personalausweis (Modell 2014)</translation>
    </message>
    <message>
        <source>Luxembourg identity card (2021 model)</source>
        <translation>Luxemburgischer Personalausweis (Modell 2021)</translation>
    </message>
    <message>
        <source>LuxTrust Smartcard</source>
        <translation>LuxTrust Smartcard</translation>
    </message>
    <message>
        <source>LuxTrust Signing Stick</source>
        <translation>LuxTrust Signing Stick</translation>
    </message>
    <message>
        <source>Simulated identity card</source>
        <translation>Simulierter Personalausweis</translation>
    </message>
    <message>
        <source>Simulated LuxTrust Signing Stick</source>
        <translation>Simulierter LuxTrust Signing Stick</translation>
    </message>
</context>
<context>
    <name>CardTexts</name>
    <message>
        <source>Card not recognised (used through %1)</source>
        <translation>Karte nicht erkannt (verwendet über %1)</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN gesperrt</translation>
    </message>
    <message>
        <source>Last try before the PIN is blocked</source>
        <translation>Letzter Versuch, bevor die PIN gesperrt wird</translation>
    </message>
    <message>
        <source>A wrong PIN was entered since the last right one</source>
        <translation>Seit der letzten richtigen PIN wurde eine falsche eingegeben</translation>
    </message>
    <message numerus="yes">
        <source>PIN ready, %n tries left</source>
        <translation>
            <numerusform>PIN bereit, %n Versuch übrig</numerusform>
            <numerusform>PIN bereit, %n Versuche übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN ready</source>
        <translation>PIN bereit</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sign documents</source>
        <translation>Unterschreiben von Dokumenten</translation>
    </message>
    <message>
        <source>Other use</source>
        <translation>Andere Verwendung</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation>Nicht gültig vor %1</translation>
    </message>
    <message>
        <source>Card: %1 (PIN blocked)</source>
        <translation>Karte: %1 (PIN gesperrt)</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Karte: %1</translation>
    </message>
    <message>
        <source>Looking for card readers…</source>
        <translation>Suche nach Kartenlesern…</translation>
    </message>
    <message>
        <source>The card is not recognised</source>
        <translation>Die Karte wird nicht erkannt</translation>
    </message>
    <message>
        <source>Issued by a trusted authority</source>
        <translation>Von einer vertrauenswürdigen Stelle ausgestellt</translation>
    </message>
    <message>
        <source>Not checked (no trusted root certificates set)</source>
        <translation>Nicht geprüft (keine vertrauenswürdigen Stammzertifikate festgelegt)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Guichet Desktop: do your administrative procedures in Luxembourg with your identity card.</source>
        <translation>Guichet Desktop: Erledigen Sie Ihre Behördengänge in Luxemburg mit Ihrem Personalausweis.</translation>
    </message>
    <message>
        <source>Language of the interface: fr, de or en.</source>
        <translation>Sprache der Oberfläche: fr, de oder en.</translation>
    </message>
    <message>
        <source>Save pictures of the main pages in every language to &lt;folder&gt; and exit (works without a display).</source>
        <translation>Speichert Bilder der Hauptseiten in jeder Sprache in &lt;folder&gt; und beendet sich (funktioniert ohne Bildschirm).</translation>
    </message>
    <message>
        <source>Demo and training mode: use a simulated identity card (PIN 123456) instead of a real one.</source>
        <translation>Demo- und Schulungsmodus: verwendet einen simulierten Personalausweis (PIN 123456) statt eines echten.</translation>
    </message>
    <message>
        <source>Demo mode: whose simulated card is inserted: marie-schmit (citizen, the default), luc-weber (business user with a signing stick) or paul-hoffmann.</source>
        <translation>Demo-Modus: welche simulierte Karte eingesteckt ist: marie-schmit (Bürgerin, Standard), luc-weber (Geschäftskunde mit Signing Stick) oder paul-hoffmann.</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <source>The requested language is not available.</source>
        <translation>Die gewünschte Sprache ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Choose one of fr (French), de (German) or en (English).</source>
        <translation>Wählen Sie fr (Französisch), de (Deutsch) oder en (Englisch).</translation>
    </message>
    <message>
        <source>Guichet Desktop is already running but does not respond.</source>
        <translation>Guichet Desktop läuft bereits, reagiert aber nicht.</translation>
    </message>
    <message>
        <source>Close the other Guichet Desktop window, or end it from the task manager, then start the application again.</source>
        <translation>Schließen Sie das andere Fenster von Guichet Desktop oder beenden Sie es im Task-Manager und starten Sie die Anwendung dann erneut.</translation>
    </message>
    <message>
        <source>Guichet Desktop cannot check whether it is already running.</source>
        <translation>Guichet Desktop kann nicht prüfen, ob es bereits läuft.</translation>
    </message>
    <message>
        <source>You can go on working. Avoid starting the application twice.</source>
        <translation>Sie können weiterarbeiten. Starten Sie die Anwendung nicht zweimal.</translation>
    </message>
    <message>
        <source>The command line is not valid.</source>
        <translation>Die Befehlszeile ist ungültig.</translation>
    </message>
    <message>
        <source>Run guichet --help to see the options that are accepted.</source>
        <translation>Führen Sie guichet --help aus, um die zulässigen Optionen zu sehen.</translation>
    </message>
    <message>
        <source>The screenshots could not be saved.</source>
        <translation>Die Bildschirmfotos konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Choose a folder you are allowed to write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>No screen is available to show the window.</source>
        <translation>Es ist kein Bildschirm verfügbar, um das Fenster anzuzeigen.</translation>
    </message>
    <message>
        <source>Start the application from a desktop session, or use --screenshots FOLDER to save pictures of its pages instead.</source>
        <translation>Starten Sie die Anwendung in einer Desktop-Sitzung oder verwenden Sie --screenshots ORDNER, um stattdessen Bilder ihrer Seiten zu speichern.</translation>
    </message>
    <message>
        <source>Your settings file is damaged.</source>
        <translation>Ihre Einstellungsdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>The damaged file was kept aside and default settings are used. Check your settings again.</source>
        <translation>Die beschädigte Datei wurde beiseitegelegt und es gelten die Standardeinstellungen. Prüfen Sie Ihre Einstellungen erneut.</translation>
    </message>
    <message>
        <source>This setting is managed by your administrator.</source>
        <translation>Diese Einstellung wird von Ihrem Administrator verwaltet.</translation>
    </message>
    <message>
        <source>Ask your administrator if it needs to be changed.</source>
        <translation>Wenden Sie sich an Ihren Administrator, wenn sie geändert werden muss.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved.</source>
        <translation>Ihre Einstellungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that your home folder is not full and that you may write to it. Changes apply until you close the application.</source>
        <translation>Prüfen Sie, ob Ihr persönlicher Ordner voll ist und ob Sie darin schreiben dürfen. Die Änderungen gelten, bis Sie die Anwendung schließen.</translation>
    </message>
    <message>
        <source>A setting has a value that is not allowed.</source>
        <translation>Eine Einstellung hat einen unzulässigen Wert.</translation>
    </message>
    <message>
        <source>The default value is used instead. Check your settings.</source>
        <translation>Stattdessen wird der Standardwert verwendet. Prüfen Sie Ihre Einstellungen.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to.</source>
        <translation>In den Datenordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Free some disk space or choose another data folder in the settings. Nothing is saved until then.</source>
        <translation>Geben Sie Speicherplatz frei oder wählen Sie in den Einstellungen einen anderen Datenordner. Bis dahin wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>The log file cannot be written.</source>
        <translation>Die Protokolldatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The application works normally; only the log for help-desk staff is missing.</source>
        <translation>Die Anwendung funktioniert normal; nur das Protokoll für den Helpdesk fehlt.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, contact the help desk.</source>
        <translation>Versuchen Sie es erneut. Wenn es wieder passiert, wenden Sie sich an den Helpdesk.</translation>
    </message>
    <message>
        <source>The smart card service is not running.</source>
        <translation>Der Chipkartendienst läuft nicht.</translation>
    </message>
    <message>
        <source>Start the smart card service (pcscd on Linux, &quot;Smart Card&quot; on Windows) or restart the computer. The application notices when it is back.</source>
        <translation>Starten Sie den Chipkartendienst (pcscd unter Linux, „Smartcard“ unter Windows) oder starten Sie den Computer neu. Die Anwendung bemerkt es, sobald er wieder läuft.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>Es ist kein Kartenleser angeschlossen.</translation>
    </message>
    <message>
        <source>Connect your card reader or signing stick. If it is connected, try another USB port.</source>
        <translation>Schließen Sie Ihren Kartenleser oder Signaturstick an. Wenn er angeschlossen ist, versuchen Sie einen anderen USB-Anschluss.</translation>
    </message>
    <message>
        <source>There is no card in the reader.</source>
        <translation>Es befindet sich keine Karte im Lesegerät.</translation>
    </message>
    <message>
        <source>Insert your identity card or LuxTrust card in the reader, chip first.</source>
        <translation>Stecken Sie Ihren Personalausweis oder Ihre LuxTrust-Karte mit dem Chip voran in das Lesegerät.</translation>
    </message>
    <message>
        <source>The card was removed during the operation.</source>
        <translation>Die Karte wurde während des Vorgangs entfernt.</translation>
    </message>
    <message>
        <source>Insert the card again and repeat the operation. Nothing was signed.</source>
        <translation>Stecken Sie die Karte wieder ein und wiederholen Sie den Vorgang. Es wurde nichts unterschrieben.</translation>
    </message>
    <message>
        <source>This card is not supported.</source>
        <translation>Diese Karte wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Use a Luxembourg identity card, a LuxTrust card or signing stick, or ask your administrator to configure a PKCS#11 module for this card.</source>
        <translation>Verwenden Sie einen luxemburgischen Personalausweis, eine LuxTrust-Karte oder einen LuxTrust-Signaturstick, oder bitten Sie Ihren Administrator, ein PKCS#11-Modul für diese Karte einzurichten.</translation>
    </message>
    <message>
        <source>The card reader is being used by another application.</source>
        <translation>Der Kartenleser wird von einer anderen Anwendung verwendet.</translation>
    </message>
    <message>
        <source>Close the other application that uses the card (for example a browser signing extension), then try again.</source>
        <translation>Schließen Sie die andere Anwendung, die die Karte verwendet (zum Beispiel eine Signaturerweiterung des Browsers), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The card does not respond.</source>
        <translation>Die Karte antwortet nicht.</translation>
    </message>
    <message>
        <source>Take the card out, clean the chip, insert it again. If it keeps failing, the card may be damaged.</source>
        <translation>Nehmen Sie die Karte heraus, reinigen Sie den Chip und stecken Sie sie wieder ein. Wenn es weiterhin nicht klappt, ist die Karte möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>The card reader is no longer available.</source>
        <translation>Der Kartenleser ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Check the reader&apos;s cable, unplug it and plug it in again.</source>
        <translation>Prüfen Sie das Kabel des Lesegeräts, ziehen Sie es ab und stecken Sie es wieder ein.</translation>
    </message>
    <message>
        <source>The card gave an answer the application does not understand.</source>
        <translation>Die Karte hat eine Antwort gegeben, die die Anwendung nicht versteht.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again. If it happens again, contact the help desk with the error code.</source>
        <translation>Nehmen Sie die Karte heraus und stecken Sie sie wieder ein. Wenn es erneut passiert, wenden Sie sich mit dem Fehlercode an den Helpdesk.</translation>
    </message>
    <message>
        <source>The card operation was cancelled.</source>
        <translation>Der Kartenvorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Start the operation again when you are ready.</source>
        <translation>Starten Sie den Vorgang erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>The card reader did not answer in time.</source>
        <translation>Der Kartenleser hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Try again. If the reader has a keypad, type your PIN on it without waiting too long.</source>
        <translation>Versuchen Sie es erneut. Wenn das Lesegerät eine Tastatur hat, geben Sie Ihre PIN dort zügig ein.</translation>
    </message>
    <message>
        <source>The card reader reported an error.</source>
        <translation>Der Kartenleser hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Unplug the reader and plug it in again, then try again. Updating the reader&apos;s driver may help.</source>
        <translation>Ziehen Sie das Lesegerät ab, stecken Sie es wieder ein und versuchen Sie es erneut. Ein aktueller Treiber kann helfen.</translation>
    </message>
    <message>
        <source>The PIN could not be entered on the reader&apos;s keypad.</source>
        <translation>Die PIN konnte nicht auf der Tastatur des Lesegeräts eingegeben werden.</translation>
    </message>
    <message>
        <source>Try again, or turn off the use of the keypad in the settings to type the PIN on the computer.</source>
        <translation>Versuchen Sie es erneut oder schalten Sie die Tastatur des Lesegeräts in den Einstellungen aus, um die PIN am Computer einzugeben.</translation>
    </message>
    <message>
        <source>The software for this card is not installed or cannot be started.</source>
        <translation>Die Software für diese Karte ist nicht installiert oder kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Install the card&apos;s middleware (for example the LuxTrust or Gemalto software, or OpenSC) or set its path in the settings.</source>
        <translation>Installieren Sie die Kartensoftware (zum Beispiel die LuxTrust- oder Gemalto-Software oder OpenSC) oder geben Sie ihren Pfad in den Einstellungen an.</translation>
    </message>
    <message>
        <source>The software for this card does not work as expected.</source>
        <translation>Die Software für diese Karte funktioniert nicht wie erwartet.</translation>
    </message>
    <message>
        <source>Reinstall or update the card&apos;s middleware. Contact the help desk if it keeps failing.</source>
        <translation>Installieren oder aktualisieren Sie die Kartensoftware. Wenden Sie sich an den Helpdesk, wenn der Fehler bleibt.</translation>
    </message>
    <message>
        <source>The card is not visible to its software.</source>
        <translation>Die Karte ist für ihre Software nicht sichtbar.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again. If you use a signing stick, plug it in again.</source>
        <translation>Nehmen Sie die Karte heraus und stecken Sie sie wieder ein. Wenn Sie einen Signaturstick verwenden, stecken Sie ihn neu ein.</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation>Die PIN ist falsch.</translation>
    </message>
    <message>
        <source>Type the PIN again carefully. The number of tries left is shown before each entry.</source>
        <translation>Geben Sie die PIN sorgfältig erneut ein. Die Zahl der verbleibenden Versuche wird vor jeder Eingabe angezeigt.</translation>
    </message>
    <message>
        <source>The PIN is blocked.</source>
        <translation>Die PIN ist gesperrt.</translation>
    </message>
    <message>
        <source>Unblock it with your PUK code, or ask the issuer of the card (the commune for an identity card, LuxTrust for a LuxTrust product).</source>
        <translation>Entsperren Sie sie mit Ihrem PUK oder wenden Sie sich an den Aussteller der Karte (die Gemeinde für einen Personalausweis, LuxTrust für ein LuxTrust-Produkt).</translation>
    </message>
    <message>
        <source>The PIN does not have the expected form.</source>
        <translation>Die PIN hat nicht das erwartete Format.</translation>
    </message>
    <message>
        <source>Check the length of your PIN and that it contains only digits.</source>
        <translation>Prüfen Sie die Länge Ihrer PIN und dass sie nur Ziffern enthält.</translation>
    </message>
    <message>
        <source>The card or signing stick was removed.</source>
        <translation>Die Karte oder der Signaturstick wurde entfernt.</translation>
    </message>
    <message>
        <source>Insert it again and repeat the operation. Nothing was signed.</source>
        <translation>Stecken Sie sie wieder ein und wiederholen Sie den Vorgang. Es wurde nichts unterschrieben.</translation>
    </message>
    <message>
        <source>The certificate or its key was not found on the card.</source>
        <translation>Das Zertifikat oder sein Schlüssel wurde auf der Karte nicht gefunden.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again. If it keeps failing, the card may need to be renewed.</source>
        <translation>Nehmen Sie die Karte heraus und stecken Sie sie wieder ein. Wenn es weiterhin nicht klappt, muss die Karte eventuell erneuert werden.</translation>
    </message>
    <message>
        <source>The card cannot make this kind of signature.</source>
        <translation>Die Karte kann diese Art von Signatur nicht erstellen.</translation>
    </message>
    <message>
        <source>Use another certificate or card, or contact the help desk.</source>
        <translation>Verwenden Sie ein anderes Zertifikat oder eine andere Karte oder wenden Sie sich an den Helpdesk.</translation>
    </message>
    <message>
        <source>The card&apos;s software reported an error.</source>
        <translation>Die Kartensoftware hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again, then try again. Contact the help desk if it keeps failing.</source>
        <translation>Nehmen Sie die Karte heraus, stecken Sie sie wieder ein und versuchen Sie es erneut. Wenden Sie sich an den Helpdesk, wenn der Fehler bleibt.</translation>
    </message>
    <message>
        <source>The PIN entry was cancelled.</source>
        <translation>Die PIN-Eingabe wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Start again when you are ready. Nothing was signed.</source>
        <translation>Beginnen Sie erneut, wenn Sie bereit sind. Es wurde nichts unterschrieben.</translation>
    </message>
    <message>
        <source>The new PIN was not accepted.</source>
        <translation>Die neue PIN wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Choose a new PIN that follows the rules shown and type it twice the same way.</source>
        <translation>Wählen Sie eine neue PIN nach den angezeigten Regeln und geben Sie sie zweimal gleich ein.</translation>
    </message>
    <message>
        <source>The certificate on the card cannot be read.</source>
        <translation>Das Zertifikat auf der Karte kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again. If it keeps failing, contact the help desk.</source>
        <translation>Nehmen Sie die Karte heraus und stecken Sie sie wieder ein. Wenn es weiterhin nicht klappt, wenden Sie sich an den Helpdesk.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Das Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>Renew your card or certificate (the commune for an identity card, LuxTrust for LuxTrust products).</source>
        <translation>Erneuern Sie Ihre Karte oder Ihr Zertifikat (die Gemeinde für einen Personalausweis, LuxTrust für LuxTrust-Produkte).</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>Das Zertifikat ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>Check the date and time of your computer. A new certificate may take a few hours to become valid.</source>
        <translation>Prüfen Sie Datum und Uhrzeit Ihres Computers. Ein neues Zertifikat kann einige Stunden brauchen, bis es gültig ist.</translation>
    </message>
    <message>
        <source>The certificate was not issued by a trusted authority.</source>
        <translation>Das Zertifikat wurde nicht von einer vertrauenswürdigen Stelle ausgestellt.</translation>
    </message>
    <message>
        <source>Use a card from a recognised issuer, or ask your administrator to add the issuer&apos;s root certificate.</source>
        <translation>Verwenden Sie eine Karte eines anerkannten Ausstellers oder bitten Sie Ihren Administrator, das Stammzertifikat des Ausstellers hinzuzufügen.</translation>
    </message>
    <message>
        <source>This certificate cannot be used for this operation.</source>
        <translation>Dieses Zertifikat kann für diesen Vorgang nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Choose the other certificate of your card: one is for signing in, the other for signing documents.</source>
        <translation>Wählen Sie das andere Zertifikat Ihrer Karte: Eines dient der Anmeldung, das andere dem Unterschreiben von Dokumenten.</translation>
    </message>
    <message>
        <source>The document could not be prepared for signing.</source>
        <translation>Das Dokument konnte nicht für die Unterschrift vorbereitet werden.</translation>
    </message>
    <message>
        <source>The portal refused your card: its certificate has expired.</source>
        <translation>Das Portal hat Ihre Karte abgelehnt: Ihr Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>Renew your card or certificate, and check the date and time of your computer.</source>
        <translation>Erneuern Sie Ihre Karte oder Ihr Zertifikat und prüfen Sie Datum und Uhrzeit Ihres Computers.</translation>
    </message>
    <message>
        <source>The portal refused your card: its certificate is not valid yet.</source>
        <translation>Das Portal hat Ihre Karte abgelehnt: Ihr Zertifikat ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>Check the date and time of your computer, or try again later.</source>
        <translation>Prüfen Sie Datum und Uhrzeit Ihres Computers oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The portal refused the certificate: it is not the one for signing in.</source>
        <translation>Das Portal hat das Zertifikat abgelehnt: Es ist nicht das Zertifikat für die Anmeldung.</translation>
    </message>
    <message>
        <source>Sign in with the authentication certificate of your card.</source>
        <translation>Melden Sie sich mit dem Authentifizierungszertifikat Ihrer Karte an.</translation>
    </message>
    <message>
        <source>The portal does not recognise the issuer of your card.</source>
        <translation>Das Portal erkennt den Aussteller Ihrer Karte nicht.</translation>
    </message>
    <message>
        <source>Use a Luxembourg identity card or a LuxTrust product. Contact the help desk if yours is one.</source>
        <translation>Verwenden Sie einen luxemburgischen Personalausweis oder ein LuxTrust-Produkt. Wenden Sie sich an den Helpdesk, wenn Sie eines davon verwenden.</translation>
    </message>
    <message>
        <source>The sign-in attempt was refused because it was not fresh.</source>
        <translation>Der Anmeldeversuch wurde abgelehnt, weil er nicht aktuell war.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in took too long.</source>
        <translation>Die Anmeldung hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>Sign in again and enter your PIN without waiting too long.</source>
        <translation>Melden Sie sich erneut an und geben Sie Ihre PIN zügig ein.</translation>
    </message>
    <message>
        <source>The sign-in was meant for another site.</source>
        <translation>Die Anmeldung war für eine andere Website bestimmt.</translation>
    </message>
    <message>
        <source>Check the portal address in the settings, then sign in again.</source>
        <translation>Prüfen Sie die Portaladresse in den Einstellungen und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The portal could not check the signature of your card.</source>
        <translation>Das Portal konnte die Signatur Ihrer Karte nicht prüfen.</translation>
    </message>
    <message>
        <source>Sign in again. If it happens again, contact the help desk.</source>
        <translation>Melden Sie sich erneut an. Wenn es wieder passiert, wenden Sie sich an den Helpdesk.</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>Ihre Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>Sign in again with your card.</source>
        <translation>Melden Sie sich erneut mit Ihrer Karte an.</translation>
    </message>
    <message>
        <source>The portal cannot be reached.</source>
        <translation>Das Portal ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check your Internet connection. Your local data stays available.</source>
        <translation>Prüfen Sie Ihre Internetverbindung. Ihre lokalen Daten bleiben verfügbar.</translation>
    </message>
    <message>
        <source>The connection to the portal is not secure.</source>
        <translation>Die Verbindung zum Portal ist nicht sicher.</translation>
    </message>
    <message>
        <source>Do not go on. Check the portal address and your network; contact the help desk.</source>
        <translation>Fahren Sie nicht fort. Prüfen Sie die Portaladresse und Ihr Netzwerk; wenden Sie sich an den Helpdesk.</translation>
    </message>
    <message>
        <source>The portal sent an answer the application does not understand.</source>
        <translation>Das Portal hat eine Antwort gesendet, die die Anwendung nicht versteht.</translation>
    </message>
    <message>
        <source>Try again later. If it happens again, contact the help desk.</source>
        <translation>Versuchen Sie es später erneut. Wenn es wieder passiert, wenden Sie sich an den Helpdesk.</translation>
    </message>
    <message>
        <source>You need to sign in for this.</source>
        <translation>Dafür müssen Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Sign in with your card, then try again.</source>
        <translation>Melden Sie sich mit Ihrer Karte an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The card&apos;s signature does not match its certificate.</source>
        <translation>Die Signatur der Karte passt nicht zu ihrem Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate of your card has been revoked.</source>
        <translation>Das Zertifikat Ihrer Karte wurde widerrufen.</translation>
    </message>
    <message>
        <source>Contact the issuer of your card (the commune for an identity card, LuxTrust for LuxTrust products).</source>
        <translation>Wenden Sie sich an den Aussteller Ihrer Karte (die Gemeinde für einen Personalausweis, LuxTrust für LuxTrust-Produkte).</translation>
    </message>
    <message>
        <source>The system keychain cannot be used.</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Unlock your keychain (or log in to your desktop session) and try again. Until then you will have to sign in each time.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (oder melden Sie sich an Ihrer Desktop-Sitzung an) und versuchen Sie es erneut. Bis dahin müssen Sie sich jedes Mal anmelden.</translation>
    </message>
    <message>
        <source>A saved sign-in is no longer in the keychain.</source>
        <translation>Eine gespeicherte Anmeldung befindet sich nicht mehr im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The portal did not answer in time.</source>
        <translation>Das Portal hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Nothing is lost: the application tries again by itself. If it keeps happening, check your connection.</source>
        <translation>Es geht nichts verloren: Die Anwendung versucht es selbst erneut. Wenn es weiter vorkommt, prüfen Sie Ihre Verbindung.</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>Sie sind offline.</translation>
    </message>
    <message>
        <source>You can keep working with what is on this computer; changes are sent when the connection is back.</source>
        <translation>Sie können mit den Daten auf diesem Computer weiterarbeiten; Änderungen werden gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>The portal sent more data than expected.</source>
        <translation>Das Portal hat mehr Daten als erwartet gesendet.</translation>
    </message>
    <message>
        <source>The portal has a problem at the moment.</source>
        <translation>Das Portal hat derzeit ein Problem.</translation>
    </message>
    <message>
        <source>Nothing is lost. Try again in a few minutes.</source>
        <translation>Es geht nichts verloren. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The portal refused the request.</source>
        <translation>Das Portal hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Read the portal&apos;s explanation below. If it is not clear, contact the help desk with the code.</source>
        <translation>Lesen Sie die Erklärung des Portals unten. Wenn sie unklar ist, wenden Sie sich mit dem Code an den Helpdesk.</translation>
    </message>
    <message>
        <source>The proxy refused the sign-in.</source>
        <translation>Der Proxy hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>Check the proxy user name and password in Settings.</source>
        <translation>Prüfen Sie Benutzername und Passwort des Proxys in den Einstellungen.</translation>
    </message>
    <message>
        <source>Your documents and procedures on this computer cannot be opened.</source>
        <translation>Ihre Dokumente und Verfahren auf diesem Computer können nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Close other copies of the application and try again. Your data on the portal is not affected.</source>
        <translation>Schließen Sie andere Instanzen der Anwendung und versuchen Sie es erneut. Ihre Daten im Portal sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Your local data could not be updated to this version.</source>
        <translation>Ihre lokalen Daten konnten nicht auf diese Version aktualisiert werden.</translation>
    </message>
    <message>
        <source>Nothing was changed. Contact the help desk; the previous version still opens your data.</source>
        <translation>Es wurde nichts geändert. Wenden Sie sich an den Helpdesk; die vorherige Version öffnet Ihre Daten weiterhin.</translation>
    </message>
    <message>
        <source>Your local data was written by a newer version of the application.</source>
        <translation>Ihre lokalen Daten wurden von einer neueren Version der Anwendung geschrieben.</translation>
    </message>
    <message>
        <source>Install the newer version again.</source>
        <translation>Installieren Sie die neuere Version erneut.</translation>
    </message>
    <message>
        <source>Your local data is damaged.</source>
        <translation>Ihre lokalen Daten sind beschädigt.</translation>
    </message>
    <message>
        <source>The application will fetch it again from the portal. Items not yet sent are kept aside; contact the help desk.</source>
        <translation>Die Anwendung lädt sie erneut vom Portal. Noch nicht gesendete Elemente werden aufbewahrt; wenden Sie sich an den Helpdesk.</translation>
    </message>
    <message>
        <source>The key that protects your documents on this computer is missing.</source>
        <translation>Der Schlüssel, der Ihre Dokumente auf diesem Computer schützt, fehlt.</translation>
    </message>
    <message>
        <source>Unlock your keychain. If the key was deleted, your documents are fetched again from the portal.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund. Wurde der Schlüssel gelöscht, werden Ihre Dokumente erneut vom Portal geladen.</translation>
    </message>
    <message>
        <source>A document on this computer cannot be decrypted.</source>
        <translation>Ein Dokument auf diesem Computer kann nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>It may have been altered. The application fetches it again from the portal; contact the help desk if it happens again.</source>
        <translation>Es wurde möglicherweise verändert. Die Anwendung lädt es erneut vom Portal; wenden Sie sich an den Helpdesk, wenn es wieder vorkommt.</translation>
    </message>
    <message>
        <source>A document could not be saved on this computer.</source>
        <translation>Ein Dokument konnte auf diesem Computer nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The space for documents on this computer is full.</source>
        <translation>Der Speicherplatz für Dokumente auf diesem Computer ist voll.</translation>
    </message>
    <message>
        <source>Unpin some documents or raise the limit in Settings.</source>
        <translation>Heben Sie das Anheften einiger Dokumente auf oder erhöhen Sie das Limit in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>SpaceTexts</name>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>In processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Informationen angefordert</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <source>Partially granted</source>
        <translation>Teilweise bewilligt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <source>From an administration</source>
        <translation>Von einer Verwaltung</translation>
    </message>
    <message>
        <source>Sent with a procedure</source>
        <translation>Mit einem Verfahren eingereicht</translation>
    </message>
</context>
<context>
    <name>guichet::AboutPage</name>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>About Guichet Desktop</source>
        <translation>Über Guichet Desktop</translation>
    </message>
    <message>
        <source>A desktop client for MyGuichet.lu, the administrative one-stop shop of Luxembourg. It is not an official product of the State.</source>
        <translation>Ein Desktop-Client für MyGuichet.lu, die zentrale Verwaltungsanlaufstelle Luxemburgs. Er ist kein offizielles Produkt des Staates.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Licence of Guichet Desktop</source>
        <translation>Lizenz von Guichet Desktop</translation>
    </message>
</context>
<context>
    <name>guichet::CardPage</name>
    <message>
        <source>My card</source>
        <translation>Meine Karte</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>Kartenleser</translation>
    </message>
    <message>
        <source>Your card is ready.</source>
        <translation>Ihre Karte ist bereit.</translation>
    </message>
    <message>
        <source>Looking for card readers…</source>
        <translation>Suche nach Kartenlesern…</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>keine Karte</translation>
    </message>
    <message>
        <source>the card does not answer</source>
        <translation>die Karte antwortet nicht</translation>
    </message>
    <message>
        <source>card in use by another application</source>
        <translation>Karte wird von einer anderen Anwendung verwendet</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>Karte vorhanden</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>Es ist kein Kartenleser angeschlossen.</translation>
    </message>
    <message>
        <source>simulated, no reader needed</source>
        <translation>simuliert, kein Lesegerät nötig</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Certificate &amp;details…</source>
        <translation>Zertifikats&amp;details…</translation>
    </message>
    <message>
        <source>C&amp;hange PIN…</source>
        <translation>PIN ä&amp;ndern…</translation>
    </message>
</context>
<context>
    <name>guichet::CataloguePage</name>
    <message>
        <source>Procedures</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Find a procedure</source>
        <translation>Ein Verfahren finden</translation>
    </message>
    <message>
        <source>Search, e.g. school, car, birth…</source>
        <translation>Suchen, z. B. Schule, Auto, Geburt…</translation>
    </message>
    <message>
        <source>Search procedures</source>
        <translation>Verfahren suchen</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>Citizens and businesses</source>
        <translation>Bürger und Unternehmen</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Bürger</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Who the procedures are for</source>
        <translation>Für wen die Verfahren bestimmt sind</translation>
    </message>
    <message>
        <source>Matching procedures</source>
        <translation>Gefundene Verfahren</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>Only the first %1 matches are listed: add words to narrow the search.</source>
        <translation>Nur die ersten %1 Treffer werden angezeigt: Fügen Sie Wörter hinzu, um die Suche einzugrenzen.</translation>
    </message>
    <message>
        <source>The catalogue is empty.</source>
        <translation>Der Katalog ist leer.</translation>
    </message>
    <message>
        <source>No procedure matches “%1”.</source>
        <translation>Kein Verfahren passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>guichet::CertificateDialog</name>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>digital signature</source>
        <translation>digitale Signatur</translation>
    </message>
    <message>
        <source>non-repudiation</source>
        <translation>Nichtabstreitbarkeit</translation>
    </message>
    <message>
        <source>key encipherment</source>
        <translation>Schlüsselverschlüsselung</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>National number:</source>
        <translation>Identifikationsnummer:</translation>
    </message>
    <message>
        <source>LuxTrust SSN:</source>
        <translation>LuxTrust-SSN:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Use:</source>
        <translation>Verwendung:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>Schlüsselverwendung:</translation>
    </message>
    <message>
        <source>Qualified certificate:</source>
        <translation>Qualifiziertes Zertifikat:</translation>
    </message>
    <message>
        <source>yes, key in a qualified device</source>
        <translation>ja, Schlüssel in einem qualifizierten Gerät</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subjekt:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Vertrauen:</translation>
    </message>
</context>
<context>
    <name>guichet::DataStateNotice</name>
    <message>
        <source>Loading… the first copy of your data is being fetched from the portal.</source>
        <translation>Wird geladen… die erste Kopie Ihrer Daten wird vom Portal abgerufen.</translation>
    </message>
    <message>
        <source>You are offline. This is the copy saved on this computer.</source>
        <translation>Sie sind offline. Dies ist die auf diesem Computer gespeicherte Kopie.</translation>
    </message>
    <message>
        <source>You are offline and nothing is saved on this computer yet.</source>
        <translation>Sie sind offline und auf diesem Computer ist noch nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>guichet::DiagnosticsPage</name>
    <message>
        <source>Save the diagnostics report</source>
        <translation>Diagnosebericht speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Guichet Desktop diagnostics, %1</source>
        <translation>Diagnose von Guichet Desktop, %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not running (%1)</source>
        <translation>läuft nicht (%1)</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>Smart card service (PC/SC): %1</source>
        <translation>Chipkartendienst (PC/SC): %1</translation>
    </message>
    <message>
        <source>Readers: %1</source>
        <translation>Lesegeräte: %1</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>Karte vorhanden</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>keine Karte</translation>
    </message>
    <message>
        <source>Recognised as: %1</source>
        <translation>Erkannt als: %1</translation>
    </message>
    <message>
        <source>unknown card</source>
        <translation>unbekannte Karte</translation>
    </message>
    <message>
        <source>Reader features: %1</source>
        <translation>Funktionen des Lesegeräts: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>PKCS#11 modules:</source>
        <translation>PKCS#11-Module:</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>keines geladen</translation>
    </message>
    <message>
        <source>Tokens found: %1</source>
        <translation>Gefundene Token: %1</translation>
    </message>
    <message>
        <source>What the application sees of your card readers and cards. If you call the help desk, they may ask you to read or send this report; it contains nothing personal.</source>
        <translation>Was die Anwendung von Ihren Kartenlesern und Karten sieht. Wenn Sie den Helpdesk anrufen, kann er Sie bitten, diesen Bericht vorzulesen oder zu senden; er enthält nichts Persönliches.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Diagnostics report</source>
        <translation>Diagnosebericht</translation>
    </message>
    <message>
        <source>Collecting information…</source>
        <translation>Informationen werden gesammelt…</translation>
    </message>
</context>
<context>
    <name>guichet::DocumentsPage</name>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Dokument hinzufügen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Dokumente (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Meine Dokumente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Eine Kopie des Dokuments speichern</translation>
    </message>
    <message>
        <source>A&amp;dd a document…</source>
        <translation>Dokument &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Available o&amp;ffline</source>
        <translation>&amp;Offline verfügbar</translation>
    </message>
    <message>
        <source>Keep the document available offline</source>
        <translation>Dokument offline verfügbar halten</translation>
    </message>
    <message>
        <source>Kept offline</source>
        <translation>Offline gespeichert</translation>
    </message>
    <message>
        <source>No document yet. Documents you add or receive appear here.</source>
        <translation>Noch keine Dokumente. Dokumente, die Sie hinzufügen oder erhalten, erscheinen hier.</translation>
    </message>
    <message>
        <source>This document is not saved on this computer. Connect to the internet to open it.</source>
        <translation>Dieses Dokument ist nicht auf diesem Computer gespeichert. Verbinden Sie sich mit dem Internet, um es zu öffnen.</translation>
    </message>
    <message>
        <source>This document is being downloaded. Try again in a moment.</source>
        <translation>Dieses Dokument wird gerade heruntergeladen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>No application on this computer can open this document. Use “Save as…” to keep a copy.</source>
        <translation>Keine Anwendung auf diesem Computer kann dieses Dokument öffnen. Verwenden Sie „Speichern unter…“, um eine Kopie zu behalten.</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Kopie gespeichert als %1.</translation>
    </message>
    <message>
        <source>%1 will be added to your documents when the portal can be reached.</source>
        <translation>%1 wird zu Ihren Dokumenten hinzugefügt, sobald das Portal erreichbar ist.</translation>
    </message>
    <message>
        <source>%1: not sent (%2). It stays here until you remove it.</source>
        <translation>%1: nicht gesendet (%2). Es bleibt hier, bis Sie es entfernen.</translation>
    </message>
    <message>
        <source>%1: being sent…</source>
        <translation>%1: wird gesendet…</translation>
    </message>
    <message>
        <source>%1: saved on this computer, waiting to be sent</source>
        <translation>%1: auf diesem Computer gespeichert, wartet auf den Versand</translation>
    </message>
</context>
<context>
    <name>guichet::DossierTimelineView</name>
    <message>
        <source>Choose a procedure in the list to follow its progress.</source>
        <translation>Wählen Sie ein Verfahren in der Liste, um seinen Fortschritt zu verfolgen.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Progress of the procedure, oldest first</source>
        <translation>Fortschritt des Verfahrens, das Älteste zuerst</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Aktenzeichen: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Administration: %1</source>
        <translation>Verwaltung: %1</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Eingereicht am %1</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Letzte Änderung: %1</translation>
    </message>
    <message>
        <source>The administration asks you for information:</source>
        <translation>Die Verwaltung bittet Sie um Informationen:</translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation>Antwort bis %1</translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation>Entscheidung: %1 (%2)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
</context>
<context>
    <name>guichet::HomePage</name>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Welcome to Guichet Desktop</source>
        <translation>Willkommen bei Guichet Desktop</translation>
    </message>
    <message>
        <source>Do your administrative procedures in Luxembourg from your own computer: sign in with your identity card or LuxTrust token, fill in forms that are already completed with what the administrations know about you, sign them on your card and follow their progress. Your personal space stays available on this computer, encrypted, even without a connection.</source>
        <translation>Erledigen Sie Ihre Behördengänge in Luxemburg von Ihrem eigenen Computer aus: Melden Sie sich mit Ihrem Personalausweis oder LuxTrust-Token an, füllen Sie Formulare aus, die bereits mit dem vorausgefüllt sind, was die Verwaltungen über Sie wissen, unterschreiben Sie sie mit Ihrer Karte und verfolgen Sie ihren Fortschritt. Ihr persönlicher Bereich bleibt auf diesem Computer verschlüsselt verfügbar, auch ohne Verbindung.</translation>
    </message>
    <message>
        <source>State of the application</source>
        <translation>Zustand der Anwendung</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Today:</source>
        <translation>Heute:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Protokolldatei:</translation>
    </message>
    <message>
        <source>%1 (ready)</source>
        <translation>%1 (bereit)</translation>
    </message>
    <message>
        <source>%1 (cannot be written: %2)</source>
        <translation>%1 (nicht beschreibbar: %2)</translation>
    </message>
    <message>
        <source>not available (messages go to the terminal only)</source>
        <translation>nicht verfügbar (Meldungen gehen nur an das Terminal)</translation>
    </message>
</context>
<context>
    <name>guichet::MainWindow</name>
    <message>
        <source>Guichet Desktop</source>
        <translation>Guichet Desktop</translation>
    </message>
    <message>
        <source>Main navigation</source>
        <translation>Hauptnavigation</translation>
    </message>
</context>
<context>
    <name>guichet::MyProceduresPage</name>
    <message>
        <source>My procedures</source>
        <translation>Meine Verfahren</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Show procedures with status</source>
        <translation>Verfahren mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>My procedures, grouped by status</source>
        <translation>Meine Verfahren, nach Status gruppiert</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You have not sent any procedure yet.</source>
        <translation>Sie haben noch kein Verfahren eingereicht.</translation>
    </message>
    <message>
        <source>No procedure has this status.</source>
        <translation>Kein Verfahren hat diesen Status.</translation>
    </message>
</context>
<context>
    <name>guichet::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Error code for the help desk: %1</source>
        <translation>Fehlercode für den Helpdesk: %1</translation>
    </message>
</context>
<context>
    <name>guichet::PinDialog</name>
    <message>
        <source>Enter your signature PIN to sign the document.</source>
        <translation>Geben Sie Ihre Signatur-PIN ein, um das Dokument zu unterschreiben.</translation>
    </message>
    <message>
        <source>Enter your PIN to sign in.</source>
        <translation>Geben Sie Ihre PIN ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Enter your current PIN.</source>
        <translation>Geben Sie Ihre aktuelle PIN ein.</translation>
    </message>
    <message>
        <source>Choose your new PIN.</source>
        <translation>Wählen Sie Ihre neue PIN.</translation>
    </message>
    <message>
        <source>Last try: a wrong PIN now blocks the card.</source>
        <translation>Letzter Versuch: Eine falsche PIN sperrt jetzt die Karte.</translation>
    </message>
    <message numerus="yes">
        <source>%n tries left of %1.</source>
        <translation>
            <numerusform>%n von %1 Versuchen übrig.</numerusform>
            <numerusform>%n von %1 Versuchen übrig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tries left.</source>
        <translation>
            <numerusform>%n Versuch übrig.</numerusform>
            <numerusform>%n Versuche übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Karte: %1</translation>
    </message>
    <message>
        <source>The PIN was wrong.</source>
        <translation>Die PIN war falsch.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message numerus="yes">
        <source>%n digits.</source>
        <translation>
            <numerusform>%n Ziffer.</numerusform>
            <numerusform>%n Ziffern.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 digits.</source>
        <translation>%1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <source>&amp;Type the new PIN again:</source>
        <translation>Neue PIN &amp;erneut eingeben:</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Neue PIN, Bestätigung</translation>
    </message>
</context>
<context>
    <name>guichet::PinPadDialog</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Enter your PIN on the reader&apos;s keypad, then confirm on the reader.</source>
        <translation>Geben Sie Ihre PIN auf der Tastatur des Lesegeräts ein und bestätigen Sie dort.</translation>
    </message>
</context>
<context>
    <name>guichet::ProcedureDetailView</name>
    <message>
        <source>Who it is for</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Bearbeitungsdauer</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Choose a procedure in the list to read its description.</source>
        <translation>Wählen Sie ein Verfahren in der Liste, um seine Beschreibung zu lesen.</translation>
    </message>
    <message>
        <source>&amp;Start online procedure</source>
        <translation>Online-Verfahren &amp;starten</translation>
    </message>
    <message>
        <source>Start online procedure</source>
        <translation>Online-Verfahren starten</translation>
    </message>
    <message>
        <source>You need your identity card or a LuxTrust product in a reader to do this procedure online.</source>
        <translation>Für dieses Online-Verfahren benötigen Sie Ihren Personalausweis oder ein LuxTrust-Produkt in einem Lesegerät.</translation>
    </message>
    <message>
        <source>The full description has not been downloaded yet.</source>
        <translation>Die vollständige Beschreibung wurde noch nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>%1 €</source>
        <translation>%1 €</translation>
    </message>
</context>
<context>
    <name>guichet::SettingsPage</name>
    <message>
        <source>Choose the data folder</source>
        <translation>Datenordner auswählen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Log &amp;detail:</source>
        <translation>Protokoll&amp;umfang:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Log detail</source>
        <translation>Protokollumfang</translation>
    </message>
    <message>
        <source>Your data, documents and logs are kept here, one folder per person.</source>
        <translation>Ihre Daten, Dokumente und Protokolle werden hier aufbewahrt, ein Ordner pro Person.</translation>
    </message>
    <message>
        <source>The new folder is used the next time you start the application.</source>
        <translation>Der neue Ordner wird beim nächsten Start der Anwendung verwendet.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Einstellungsdatei: %1</translation>
    </message>
    <message>
        <source>Managed by your administrator.</source>
        <translation>Von Ihrem Administrator verwaltet.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Detailed (for the help desk)</source>
        <translation>Ausführlich (für den Helpdesk)</translation>
    </message>
    <message>
        <source>Type the PIN on the reader&apos;s keypad when the reader has one</source>
        <translation>Die PIN auf der Tastatur des Lesegeräts eingeben, wenn es eine hat</translation>
    </message>
</context>
<context>
    <name>guichet::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sign in to MyGuichet</source>
        <translation>Bei MyGuichet anmelden</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>Sign in with my &amp;card</source>
        <translation>Mit meiner &amp;Karte anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Signed in as %1 %2</source>
        <translation>Angemeldet als %1 %2</translation>
    </message>
    <message>
        <source>Signing in… confirm with your PIN.</source>
        <translation>Anmeldung läuft… bestätigen Sie mit Ihrer PIN.</translation>
    </message>
    <message>
        <source>Insert your card to sign in.</source>
        <translation>Stecken Sie Ihre Karte ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>Training mode: the simulated card of %1 is inserted; its PIN is 123456. To sign in as someone else, start the application with --persona luc-weber (business user with a signing stick) or --persona paul-hoffmann.</source>
        <translation>Schulungsmodus: Die simulierte Karte von %1 ist eingesteckt; ihre PIN ist 123456. Um sich als eine andere Person anzumelden, starten Sie die Anwendung mit --persona luc-weber (Geschäftskunde mit Signing Stick) oder --persona paul-hoffmann.</translation>
    </message>
</context>
<context>
    <name>guichet::SyncStatusIndicator</name>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Synchronisierung… %1 von %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
    <message>
        <source>Offline — showing the saved copy</source>
        <translation>Offline — gespeicherte Kopie wird angezeigt</translation>
    </message>
    <message>
        <source>Sync failed: %1 (%2)</source>
        <translation>Synchronisierung fehlgeschlagen: %1 (%2)</translation>
    </message>
</context>
</TS>
