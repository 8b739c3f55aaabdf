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
    <name>AccessibleNames</name>
    <message>
        <source>Scroll %1 up or down</source>
        <translation>„%1“ nach oben oder unten blättern</translation>
    </message>
    <message>
        <source>Scroll %1 sideways</source>
        <translation>„%1“ seitlich blättern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>AnswerDisplay</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerText</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <name>Attention</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2 and others</source>
        <translation>%1, %2 und weitere</translation>
    </message>
    <message>
        <source>Reference %1 — answer by %2</source>
        <translation>Aktenzeichen %1 — Antwort bis %2</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Aktenzeichen %1</translation>
    </message>
    <message>
        <source>Information requested: %1</source>
        <translation>Angaben angefordert: %1</translation>
    </message>
    <message>
        <source>The certificate on your card expired on %1</source>
        <translation>Das Zertifikat Ihrer Karte ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>The certificate on your card expires on %1</source>
        <translation>Das Zertifikat Ihrer Karte läuft am %1 ab</translation>
    </message>
    <message>
        <source>Without a valid certificate you can no longer sign in or sign. Ask for a new card or token in good time.</source>
        <translation>Ohne gültiges Zertifikat können Sie sich nicht mehr anmelden und nicht mehr unterschreiben. Beantragen Sie rechtzeitig eine neue Karte oder ein neues Token.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) refused by the portal</source>
        <translation>
            <numerusform>%n Anfrage vom Portal abgelehnt</numerusform>
            <numerusform>%n Anfragen vom Portal abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Read why, then correct and send again or remove it.</source>
        <translation>Lesen Sie den Grund, dann korrigieren und erneut senden oder entfernen.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n ungelesene Nachricht</numerusform>
            <numerusform>%n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) moved on</source>
        <translation>
            <numerusform>%n Verfahren ist weitergekommen</numerusform>
            <numerusform>%n Verfahren sind weitergekommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new access(es) to your data</source>
        <translation>
            <numerusform>%n neuer Zugriff auf Ihre Daten</numerusform>
            <numerusform>%n neue Zugriffe auf Ihre Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Durch %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Anfrage wartet auf den Versand</numerusform>
            <numerusform>%n Anfragen warten auf den Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave on their own as soon as the portal can be reached; nothing is lost meanwhile.</source>
        <translation>Sie werden von selbst gesendet, sobald das Portal erreichbar ist; bis dahin geht nichts verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not sent yet</source>
        <translation>
            <numerusform>%n Entwurf noch nicht gesendet</numerusform>
            <numerusform>%n Entwürfe noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest: %1</source>
        <translation>Der neueste: %1</translation>
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
    <message>
        <source>Where to get it: the LuxTrust Middleware, from LuxTrust&apos;s website, works with LuxTrust cards and sticks and with the Luxembourg identity card. On Linux, OpenSC (package opensc) supports some of these cards too.</source>
        <translation>Bezugsquelle: Die LuxTrust Middleware von der Website von LuxTrust funktioniert mit LuxTrust-Karten und -Sticks und mit dem luxemburgischen Personalausweis. Unter Linux unterstützt auch OpenSC (Paket opensc) einige dieser Karten.</translation>
    </message>
    <message>
        <source>%1: its software is not installed</source>
        <translation>%1: die zugehörige Software ist nicht installiert</translation>
    </message>
    <message>
        <source>%1: the card software does not see it</source>
        <translation>%1: die Kartensoftware erkennt sie nicht</translation>
    </message>
    <message>
        <source>The PIN of an identity card is unblocked with the PUK code from the letter you received with the card, through the CTIE&apos;s procedure: go to your commune or to the CTIE with the card and that letter. It cannot be unblocked in this application.</source>
        <translation>Die PIN eines Personalausweises wird mit dem PUK aus dem Brief, den Sie mit der Karte erhalten haben, nach dem Verfahren des CTIE entsperrt: Gehen Sie mit der Karte und diesem Brief zu Ihrer Gemeinde oder zum CTIE. In dieser Anwendung kann sie nicht entsperrt werden.</translation>
    </message>
    <message>
        <source>The PIN of a LuxTrust device is unblocked on LuxTrust&apos;s own portal; if you cannot do it there, contact LuxTrust&apos;s support. It cannot be unblocked in this application.</source>
        <translation>Die PIN eines LuxTrust-Geräts wird im Portal von LuxTrust entsperrt; gelingt das nicht, wenden Sie sich an den Support von LuxTrust. In dieser Anwendung kann sie nicht entsperrt werden.</translation>
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
    <message>
        <source>Address of the portal for this run (https://...), instead of the one in Settings.</source>
        <translation>Adresse des Portals für diesen Start (https://...), statt der in den Einstellungen.</translation>
    </message>
    <message>
        <source>PEM file of further certificate authorities trusted for the portal in this run (added to the system&apos;s).</source>
        <translation>PEM-Datei mit weiteren Zertifizierungsstellen, denen für das Portal bei diesem Start vertraut wird (zusätzlich zu denen des Systems).</translation>
    </message>
    <message>
        <source>Explain an error code (for example NET-004): what it means and what to do, then exit (works without a display).</source>
        <translation>Erklärt einen Fehlercode (zum Beispiel NET-004): was er bedeutet und was zu tun ist, dann Ende (funktioniert ohne Bildschirm).</translation>
    </message>
    <message>
        <source>Check the smart card service, readers, card, certificates, portal connection, keychain and local data, print what was found, then exit (works without a display). The exit code is 0 when all is well, 3 for a warning, 4 for a failure.</source>
        <translation>Prüft Chipkartendienst, Lesegeräte, Karte, Zertifikate, Portalverbindung, Schlüsselbund und lokale Daten, zeigt das Ergebnis an und beendet sich (funktioniert ohne Bildschirm). Der Rückgabewert ist 0, wenn alles in Ordnung ist, 3 bei einer Warnung, 4 bei einem Fehler.</translation>
    </message>
    <message>
        <source>With --diagnose: print the report as JSON (docs/diagnostics-schema.json).</source>
        <translation>Mit --diagnose: gibt den Bericht als JSON aus (docs/diagnostics-schema.json).</translation>
    </message>
    <message>
        <source>Demo mode: start in a training scenario that fails like the real thing (portal-unreachable, portal-503, slow-network, clock-ten-minutes-off, pin-one-try-left, pin-blocked).</source>
        <translation>Demomodus: startet in einem Schulungsszenario, das wie in Wirklichkeit fehlschlägt (portal-unreachable, portal-503, slow-network, clock-ten-minutes-off, pin-one-try-left, pin-blocked).</translation>
    </message>
    <message>
        <source>Start in the notification area without opening the window (used when starting at login; the window opens where the desktop has no notification area).</source>
        <translation>Im Benachrichtigungsbereich starten, ohne das Fenster zu öffnen (beim Start mit der Sitzung; das Fenster öffnet sich, wenn der Desktop keinen Benachrichtigungsbereich hat).</translation>
    </message>
    <message>
        <source>Look of the window for this run: light, dark or high-contrast (instead of the one in Settings).</source>
        <translation>Erscheinungsbild des Fensters für diesen Start: light (hell), dark (dunkel) oder high-contrast (hoher Kontrast), statt des in den Einstellungen gewählten.</translation>
    </message>
</context>
<context>
    <name>Company</name>
    <message>
        <source>RCS %1</source>
        <translation>RCS %1</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>USt-IdNr. %1</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Smart card service (PC/SC)</source>
        <translation>Chipkartendienst (PC/SC)</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>Kartenlesegeräte</translation>
    </message>
    <message>
        <source>Card in the reader</source>
        <translation>Karte im Lesegerät</translation>
    </message>
    <message>
        <source>Card middleware (PKCS#11 modules)</source>
        <translation>Kartensoftware (PKCS#11-Module)</translation>
    </message>
    <message>
        <source>Card or signing stick</source>
        <translation>Karte oder Signatur-Stick</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Portal settings</source>
        <translation>Portaleinstellungen</translation>
    </message>
    <message>
        <source>Portal name lookup (DNS)</source>
        <translation>Namensauflösung des Portals (DNS)</translation>
    </message>
    <message>
        <source>Connection to the portal</source>
        <translation>Verbindung zum Portal</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Sichere Verbindung (TLS)</translation>
    </message>
    <message>
        <source>Portal answer</source>
        <translation>Antwort des Portals</translation>
    </message>
    <message>
        <source>Computer clock</source>
        <translation>Uhr des Computers</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Lokale Daten</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Guichet Desktop diagnostics, %1</source>
        <translation>Diagnose von Guichet Desktop, %1</translation>
    </message>
    <message>
        <source>Look here first: %1</source>
        <translation>Zuerst hier nachsehen: %1</translation>
    </message>
    <message>
        <source>Every layer that was checked is OK.</source>
        <translation>Alles Geprüfte ist in Ordnung.</translation>
    </message>
</context>
<context>
    <name>DisabledReason</name>
    <message>
        <source>Choose an item in the list first.</source>
        <translation>Wählen Sie zuerst einen Eintrag in der Liste.</translation>
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
    <message>
        <source>The summary document could not be made.</source>
        <translation>Das Zusammenfassungsdokument konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Your answers are kept in the draft. Try again; if it happens again, contact the help desk.</source>
        <translation>Ihre Antworten bleiben im Entwurf erhalten. Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an den Helpdesk.</translation>
    </message>
    <message>
        <source>The summary document could not be signed.</source>
        <translation>Das Zusammenfassungsdokument konnte nicht unterschrieben werden.</translation>
    </message>
    <message>
        <source>Your answers are kept in the draft. Check that your card is still in the reader and try again.</source>
        <translation>Ihre Antworten bleiben im Entwurf erhalten. Prüfen Sie, ob Ihre Karte noch im Lesegerät steckt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The signature of the document is not valid.</source>
        <translation>Die Signatur des Dokuments ist ungültig.</translation>
    </message>
    <message>
        <source>The document was changed after signing or the signature is damaged. Sign it again.</source>
        <translation>Das Dokument wurde nach dem Unterschreiben geändert oder die Signatur ist beschädigt. Unterschreiben Sie es erneut.</translation>
    </message>
    <message>
        <source>The document was signed with another person&apos;s card.</source>
        <translation>Das Dokument wurde mit der Karte einer anderen Person unterschrieben.</translation>
    </message>
    <message>
        <source>Sign with the card of the person who is signed in.</source>
        <translation>Unterschreiben Sie mit der Karte der angemeldeten Person.</translation>
    </message>
    <message>
        <source>This form cannot be shown: it is not valid.</source>
        <translation>Dieses Formular kann nicht angezeigt werden: Es ist ungültig.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, contact the help desk and give them the code.</source>
        <translation>Versuchen Sie es später erneut. Wenn das Problem bestehen bleibt, wenden Sie sich mit dem Code an den Helpdesk.</translation>
    </message>
    <message>
        <source>This form uses a kind of field this version does not know.</source>
        <translation>Dieses Formular verwendet eine Feldart, die diese Version nicht kennt.</translation>
    </message>
    <message>
        <source>Update Guichet Desktop, or fill in the form on the website.</source>
        <translation>Aktualisieren Sie Guichet Desktop oder füllen Sie das Formular auf der Website aus.</translation>
    </message>
    <message>
        <source>This form cannot be shown: its rules contradict each other.</source>
        <translation>Dieses Formular kann nicht angezeigt werden: Seine Regeln widersprechen sich.</translation>
    </message>
    <message>
        <source>Contact the help desk and give them the code.</source>
        <translation>Wenden Sie sich mit dem Code an den Helpdesk.</translation>
    </message>
    <message>
        <source>This form is too large to be shown.</source>
        <translation>Dieses Formular ist zu umfangreich, um angezeigt zu werden.</translation>
    </message>
    <message>
        <source>Some answers still need your attention.</source>
        <translation>Einige Antworten erfordern noch Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Go back to the fields marked in the form and correct them.</source>
        <translation>Gehen Sie zu den markierten Feldern im Formular zurück und korrigieren Sie sie.</translation>
    </message>
    <message>
        <source>Your draft could not be saved.</source>
        <translation>Ihr Entwurf konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Keep the form open and free some disk space; the app tries again at your next change.</source>
        <translation>Lassen Sie das Formular geöffnet und geben Sie Speicherplatz frei; die Anwendung versucht es bei Ihrer nächsten Änderung erneut.</translation>
    </message>
    <message>
        <source>A saved draft could not be read.</source>
        <translation>Ein gespeicherter Entwurf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The draft is kept untouched. Contact the help desk before discarding it.</source>
        <translation>Der Entwurf bleibt unverändert erhalten. Wenden Sie sich an den Helpdesk, bevor Sie ihn verwerfen.</translation>
    </message>
    <message>
        <source>The chosen file cannot be attached.</source>
        <translation>Die ausgewählte Datei kann nicht angehängt werden.</translation>
    </message>
    <message>
        <source>Choose a PDF, JPEG or PNG file within the size shown and check that it can be opened.</source>
        <translation>Wählen Sie eine PDF-, JPEG- oder PNG-Datei, die die angegebene Größe nicht überschreitet, und prüfen Sie, ob sie sich öffnen lässt.</translation>
    </message>
    <message>
        <source>Your role in this space does not allow submitting or adding.</source>
        <translation>Ihre Rolle in diesem Bereich erlaubt weder Einreichen noch Hinzufügen.</translation>
    </message>
    <message>
        <source>Ask an administrator of the company&apos;s space to make you a manager, or switch to a space where you are one.</source>
        <translation>Bitten Sie eine Administratorin oder einen Administrator des Unternehmensbereichs, Sie zum Verwalter zu machen, oder wechseln Sie in einen Bereich, in dem Sie es sind.</translation>
    </message>
    <message>
        <source>No portal is configured.</source>
        <translation>Es ist kein Portal eingerichtet.</translation>
    </message>
    <message>
        <source>Start the demo to try the application with a simulated card, or enter the portal address your administration gave you in Settings.</source>
        <translation>Starten Sie die Demo, um die Anwendung mit einer simulierten Karte auszuprobieren, oder geben Sie in den Einstellungen die Portaladresse ein, die Ihre Verwaltung Ihnen genannt hat.</translation>
    </message>
    <message>
        <source>The portal address is not valid.</source>
        <translation>Die Portaladresse ist ungültig.</translation>
    </message>
    <message>
        <source>Check the address in Settings: it looks like https://www.example.lu.</source>
        <translation>Prüfen Sie die Adresse in den Einstellungen: Sie sieht aus wie https://www.example.lu.</translation>
    </message>
    <message>
        <source>The portal address does not use a secure connection.</source>
        <translation>Die Portaladresse verwendet keine sichere Verbindung.</translation>
    </message>
    <message>
        <source>Use the portal&apos;s address that starts with https://. Nothing was sent to the other address.</source>
        <translation>Verwenden Sie die Adresse des Portals, die mit https:// beginnt. An die andere Adresse wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The certificate file for the portal cannot be read.</source>
        <translation>Die Zertifikatsdatei für das Portal kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the file given in Settings or with --portal-ca: it must exist and hold certificates in PEM format.</source>
        <translation>Prüfen Sie die in den Einstellungen oder mit --portal-ca angegebene Datei: Sie muss vorhanden sein und Zertifikate im PEM-Format enthalten.</translation>
    </message>
    <message>
        <source>The portal answered for another person than the one on the card.</source>
        <translation>Das Portal hat für eine andere Person als die auf der Karte geantwortet.</translation>
    </message>
    <message>
        <source>You were signed out and nothing of the other person was opened. Sign in again; if this happens again, contact the help desk.</source>
        <translation>Sie wurden abgemeldet, und nichts von der anderen Person wurde geöffnet. Melden Sie sich erneut an; wenn das wieder geschieht, wenden Sie sich an den Helpdesk.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not the one this computer expects.</source>
        <translation>Das Zertifikat des Portals ist nicht das, das dieser Computer erwartet.</translation>
    </message>
    <message>
        <source>Do not go on: the connection may be intercepted. Contact the help desk.</source>
        <translation>Fahren Sie nicht fort: Die Verbindung wird möglicherweise abgefangen. Wenden Sie sich an den Helpdesk.</translation>
    </message>
    <message>
        <source>The proxy cannot be reached or refused the connection.</source>
        <translation>Der Proxy ist nicht erreichbar oder hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Check the proxy in Settings, or ask your network administrator. Your local data stays available.</source>
        <translation>Prüfen Sie den Proxy in den Einstellungen oder fragen Sie Ihre Netzwerkverwaltung. Ihre lokalen Daten bleiben verfügbar.</translation>
    </message>
    <message>
        <source>The portal keeps sending changes without end; the synchronisation was stopped.</source>
        <translation>Das Portal sendet endlos Änderungen; die Synchronisierung wurde angehalten.</translation>
    </message>
    <message>
        <source>What arrived so far is kept. Try again later; if it happens again, contact the help desk and give them the code.</source>
        <translation>Was bisher angekommen ist, bleibt erhalten. Versuchen Sie es später erneut; wenn es wieder passiert, wenden Sie sich an den Helpdesk und nennen Sie den Code.</translation>
    </message>
    <message>
        <source>Your data on this computer is locked: the key that protects it is not available.</source>
        <translation>Ihre Daten auf diesem Computer sind gesperrt: Der Schlüssel, der sie schützt, ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Unlock your keychain and sign in again. Nothing is kept on this computer without its key.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund und melden Sie sich erneut an. Ohne seinen Schlüssel wird nichts auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Your data could not be encrypted on this computer.</source>
        <translation>Ihre Daten konnten auf diesem Computer nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>Nothing was written. Try again; contact the help desk if it happens again.</source>
        <translation>Es wurde nichts geschrieben. Versuchen Sie es erneut; wenden Sie sich an den Helpdesk, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>Some of your data on this computer cannot be decrypted.</source>
        <translation>Einige Ihrer Daten auf diesem Computer können nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>It may have been altered, or the key in your keychain was replaced. Your data on the portal is not affected; contact the help desk.</source>
        <translation>Sie wurden möglicherweise verändert, oder der Schlüssel in Ihrem Schlüsselbund wurde ersetzt. Ihre Daten im Portal sind nicht betroffen; wenden Sie sich an den Helpdesk.</translation>
    </message>
    <message>
        <source>Some standard texts (buttons, file dialogs) will stay in English.</source>
        <translation>Einige Standardtexte (Schaltflächen, Dateidialoge) bleiben auf Englisch.</translation>
    </message>
    <message>
        <source>Ask your administrator to install Qt&apos;s translations (on Debian and Ubuntu the package qt6-translations-l10n).</source>
        <translation>Bitten Sie Ihren Administrator, die Übersetzungen von Qt zu installieren (unter Debian und Ubuntu das Paket qt6-translations-l10n).</translation>
    </message>
    <message>
        <source>This error code is not known to this version of Guichet Desktop.</source>
        <translation>Dieser Fehlercode ist dieser Version von Guichet Desktop nicht bekannt.</translation>
    </message>
    <message>
        <source>Check the code as it is shown: letters, a hyphen and three digits, for example NET-004. A newer version may know it.</source>
        <translation>Prüfen Sie den Code so, wie er angezeigt wird: Buchstaben, ein Bindestrich und drei Ziffern, zum Beispiel NET-004. Eine neuere Version kennt ihn vielleicht.</translation>
    </message>
    <message>
        <source>The disk that holds your data is almost full.</source>
        <translation>Der Datenträger mit Ihren Daten ist fast voll.</translation>
    </message>
    <message>
        <source>Free some space on this computer (at least 200 MB), then try again. Nothing you have saved is lost.</source>
        <translation>Geben Sie auf diesem Computer Speicherplatz frei (mindestens 200 MB) und versuchen Sie es erneut. Nichts Gespeichertes geht verloren.</translation>
    </message>
    <message>
        <source>Your card is recognised, but the software that uses it is not installed.</source>
        <translation>Ihre Karte wird erkannt, aber die Software, die sie verwendet, ist nicht installiert.</translation>
    </message>
    <message>
        <source>The card software is installed but does not see your card.</source>
        <translation>Die Kartensoftware ist installiert, erkennt Ihre Karte aber nicht.</translation>
    </message>
    <message>
        <source>Take the card out and put it back. If it stays so, update or reinstall the card software, or try another reader.</source>
        <translation>Nehmen Sie die Karte heraus und stecken Sie sie wieder ein. Bleibt es so, aktualisieren oder installieren Sie die Kartensoftware neu oder versuchen Sie ein anderes Lesegerät.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is not at the right time.</source>
        <translation>Die Uhr dieses Computers geht falsch.</translation>
    </message>
    <message>
        <source>Set the date, time and time zone of this computer (or turn on automatic time), then try again: certificates and signing in depend on it.</source>
        <translation>Stellen Sie Datum, Uhrzeit und Zeitzone dieses Computers ein (oder schalten Sie die automatische Zeit ein) und versuchen Sie es erneut: Zertifikate und Anmeldung hängen davon ab.</translation>
    </message>
    <message>
        <source>Install the card middleware named on the My card page (the LuxTrust Middleware serves LuxTrust cards and sticks and the Luxembourg identity card), then take the card out and put it back.</source>
        <translation>Installieren Sie die auf der Seite Meine Karte genannte Kartensoftware (die LuxTrust Middleware dient für LuxTrust-Karten und -Sticks und den luxemburgischen Personalausweis), nehmen Sie dann die Karte heraus und stecken Sie sie wieder ein.</translation>
    </message>
    <message>
        <source>The PUK is wrong. The PIN is still blocked.</source>
        <translation>Der PUK ist falsch. Die PIN bleibt gesperrt.</translation>
    </message>
    <message>
        <source>Type the PUK again carefully, as it is written in the document you received with the card. The PUK too is blocked after a few wrong tries.</source>
        <translation>Geben Sie den PUK noch einmal sorgfältig ein, so wie er im Dokument steht, das Sie mit der Karte erhalten haben. Auch der PUK wird nach einigen Fehlversuchen gesperrt.</translation>
    </message>
    <message>
        <source>The PUK is blocked.</source>
        <translation>Der PUK ist gesperrt.</translation>
    </message>
    <message>
        <source>The PIN cannot be unblocked on this computer any more. Contact the issuer of the card.</source>
        <translation>Die PIN kann auf diesem Computer nicht mehr entsperrt werden. Wenden Sie sich an den Herausgeber der Karte.</translation>
    </message>
    <message>
        <source>The software for this card cannot unblock the PIN.</source>
        <translation>Die Software dieser Karte kann die PIN nicht entsperren.</translation>
    </message>
    <message>
        <source>Unblock the PIN the way the issuer of the card describes, or contact the help desk. Nothing was changed on the card.</source>
        <translation>Entsperren Sie die PIN so, wie der Herausgeber der Karte es beschreibt, oder wenden Sie sich an den Helpdesk. Auf der Karte wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The PUK does not have the expected form.</source>
        <translation>Der PUK hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>Check the length of the PUK and type it exactly as it is written.</source>
        <translation>Prüfen Sie die Länge des PUK und geben Sie ihn genau so ein, wie er geschrieben steht.</translation>
    </message>
    <message>
        <source>Guichet Desktop could not be set to start when you log in.</source>
        <translation>Guichet Desktop konnte nicht so eingerichtet werden, dass es bei der Anmeldung startet.</translation>
    </message>
    <message>
        <source>Check that your home folder is not full and that you may write to it, or start Guichet Desktop yourself.</source>
        <translation>Prüfen Sie, dass Ihr persönlicher Ordner nicht voll ist und Sie darin schreiben dürfen, oder starten Sie Guichet Desktop selbst.</translation>
    </message>
</context>
<context>
    <name>ErrorExplanation</name>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>For the help desk: %1</source>
        <translation>Für den Helpdesk: %1</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Choose an answer.</source>
        <translation>Wählen Sie eine Antwort.</translation>
    </message>
    <message>
        <source>Choose at least one answer.</source>
        <translation>Wählen Sie mindestens eine Antwort.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Antworten Sie mit Ja oder Nein.</translation>
    </message>
    <message>
        <source>Add this document.</source>
        <translation>Fügen Sie dieses Dokument hinzu.</translation>
    </message>
    <message>
        <source>Add at least one entry.</source>
        <translation>Fügen Sie mindestens einen Eintrag hinzu.</translation>
    </message>
    <message>
        <source>This answer is required.</source>
        <translation>Diese Antwort ist erforderlich.</translation>
    </message>
    <message>
        <source>Enter text here.</source>
        <translation>Geben Sie hier einen Text ein.</translation>
    </message>
    <message>
        <source>Enter a number, such as 4.</source>
        <translation>Geben Sie eine Zahl ein, zum Beispiel 4.</translation>
    </message>
    <message>
        <source>Enter a real date: day, month and year.</source>
        <translation>Geben Sie ein gültiges Datum ein: Tag, Monat und Jahr.</translation>
    </message>
    <message>
        <source>Choose among the answers offered.</source>
        <translation>Wählen Sie unter den angebotenen Antworten.</translation>
    </message>
    <message>
        <source>Enter the full address.</source>
        <translation>Geben Sie die vollständige Adresse ein.</translation>
    </message>
    <message>
        <source>Enter an IBAN such as LU28 0019 4006 4475 0000.</source>
        <translation>Geben Sie eine IBAN ein, zum Beispiel LU28 0019 4006 4475 0000.</translation>
    </message>
    <message>
        <source>Enter the 13 digits of the national identification number.</source>
        <translation>Geben Sie die 13 Ziffern der nationalen Identifikationsnummer ein.</translation>
    </message>
    <message>
        <source>Enter a Luxembourg VAT number such as LU15027442.</source>
        <translation>Geben Sie eine luxemburgische MwSt.-Nummer ein, zum Beispiel LU15027442.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.lu.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.lu.</translation>
    </message>
    <message>
        <source>Enter a phone number with its country code, such as +352 621 123 456.</source>
        <translation>Geben Sie eine Telefonnummer mit Ländervorwahl ein, zum Beispiel +352 621 123 456.</translation>
    </message>
    <message>
        <source>This document could not be identified: add it again.</source>
        <translation>Dieses Dokument konnte nicht erkannt werden: Fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <source>These entries could not be read: add them again.</source>
        <translation>Diese Einträge konnten nicht gelesen werden: Fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <source>This answer is not valid.</source>
        <translation>Diese Antwort ist ungültig.</translation>
    </message>
    <message>
        <source>This IBAN is not valid: check it for a typing mistake.</source>
        <translation>Diese IBAN ist ungültig: Prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>This national identification number is not valid: check the 13 digits.</source>
        <translation>Diese nationale Identifikationsnummer ist ungültig: Prüfen Sie die 13 Ziffern.</translation>
    </message>
    <message>
        <source>This VAT number is not valid: check the 8 digits after LU.</source>
        <translation>Diese MwSt.-Nummer ist ungültig: Prüfen Sie die 8 Ziffern nach LU.</translation>
    </message>
    <message>
        <source>Choose only among the answers offered.</source>
        <translation>Wählen Sie nur unter den angebotenen Antworten.</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>Wählen Sie eine der angebotenen Antworten.</translation>
    </message>
    <message>
        <source>Enter the street of the address.</source>
        <translation>Geben Sie die Straße der Adresse ein.</translation>
    </message>
    <message>
        <source>Enter the house number of the address.</source>
        <translation>Geben Sie die Hausnummer der Adresse ein.</translation>
    </message>
    <message>
        <source>Enter the second line of the address.</source>
        <translation>Geben Sie die zweite Adresszeile ein.</translation>
    </message>
    <message>
        <source>Enter the postal code of the address.</source>
        <translation>Geben Sie die Postleitzahl der Adresse ein.</translation>
    </message>
    <message>
        <source>Enter the town or village of the address.</source>
        <translation>Geben Sie den Ort der Adresse ein.</translation>
    </message>
    <message>
        <source>Choose the country of the address.</source>
        <translation>Wählen Sie das Land der Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>Shorten the street: at most %n characters.</source>
        <translation>
            <numerusform>Kürzen Sie die Straße: höchstens %n Zeichen.</numerusform>
            <numerusform>Kürzen Sie die Straße: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the house number: at most %n characters.</source>
        <translation>
            <numerusform>Kürzen Sie die Hausnummer: höchstens %n Zeichen.</numerusform>
            <numerusform>Kürzen Sie die Hausnummer: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the second address line: at most %n characters.</source>
        <translation>
            <numerusform>Kürzen Sie die zweite Adresszeile: höchstens %n Zeichen.</numerusform>
            <numerusform>Kürzen Sie die zweite Adresszeile: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the postal code: at most %n characters.</source>
        <translation>
            <numerusform>Kürzen Sie die Postleitzahl: höchstens %n Zeichen.</numerusform>
            <numerusform>Kürzen Sie die Postleitzahl: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the town or village: at most %n characters.</source>
        <translation>
            <numerusform>Kürzen Sie den Ort: höchstens %n Zeichen.</numerusform>
            <numerusform>Kürzen Sie den Ort: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the country of the address from the list.</source>
        <translation>Wählen Sie das Land der Adresse aus der Liste.</translation>
    </message>
    <message>
        <source>A Luxembourg postal code has 4 digits, such as 1940 (without &quot;L-&quot;).</source>
        <translation>Eine luxemburgische Postleitzahl hat 4 Ziffern, zum Beispiel 1940 (ohne „L-“).</translation>
    </message>
    <message numerus="yes">
        <source>Enter at least %n characters.</source>
        <translation>
            <numerusform>Geben Sie mindestens %n Zeichen ein.</numerusform>
            <numerusform>Geben Sie mindestens %n Zeichen ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n characters.</source>
        <translation>
            <numerusform>Geben Sie höchstens %n Zeichen ein.</numerusform>
            <numerusform>Geben Sie höchstens %n Zeichen ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer is not written as expected: check the example or the help.</source>
        <translation>Diese Antwort hat nicht das erwartete Format: Beachten Sie das Beispiel oder die Hilfe.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Geben Sie eine Zahl von mindestens %1 ein.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Geben Sie eine Zahl von höchstens %1 ein.</translation>
    </message>
    <message>
        <source>Enter a date on or after %1.</source>
        <translation>Geben Sie ein Datum ab dem %1 ein.</translation>
    </message>
    <message>
        <source>Enter a date on or before %1.</source>
        <translation>Geben Sie ein Datum bis zum %1 ein.</translation>
    </message>
    <message numerus="yes">
        <source>Add at least %n entries.</source>
        <translation>
            <numerusform>Fügen Sie mindestens %n Eintrag hinzu.</numerusform>
            <numerusform>Fügen Sie mindestens %n Einträge hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n answers.</source>
        <translation>
            <numerusform>Wählen Sie mindestens %n Antwort.</numerusform>
            <numerusform>Wählen Sie mindestens %n Antworten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add at most %n entries.</source>
        <translation>
            <numerusform>Fügen Sie höchstens %n Eintrag hinzu.</numerusform>
            <numerusform>Fügen Sie höchstens %n Einträge hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n answers.</source>
        <translation>
            <numerusform>Wählen Sie höchstens %n Antwort.</numerusform>
            <numerusform>Wählen Sie höchstens %n Antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is too large: at most %1.</source>
        <translation>Diese Datei ist zu groß: höchstens %1.</translation>
    </message>
    <message>
        <source>This kind of file is not accepted: use %1.</source>
        <translation>Dieser Dateityp wird nicht akzeptiert. Zulässige Formate: %1.</translation>
    </message>
    <message>
        <source>This answer must be the same as the one above.</source>
        <translation>Diese Antwort muss mit der obigen übereinstimmen.</translation>
    </message>
    <message>
        <source>This answer must be the same as &quot;%1&quot;.</source>
        <translation>Diese Antwort muss mit „%1“ übereinstimmen.</translation>
    </message>
    <message>
        <source>Enter a date after the one above.</source>
        <translation>Geben Sie ein Datum ein, das nach dem obigen liegt.</translation>
    </message>
    <message>
        <source>Enter a date after &quot;%1&quot;.</source>
        <translation>Geben Sie ein Datum ein, das nach „%1“ liegt.</translation>
    </message>
</context>
<context>
    <name>FormSigning</name>
    <message>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
</context>
<context>
    <name>FormSummary</name>
    <message>
        <source>%1: you propose “%2” instead of “%3” to %4.</source>
        <translation>%1: Sie schlagen „%2“ statt „%3“ vor (Quelle: %4).</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
</context>
<context>
    <name>MessageTexts</name>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Being sent…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Not sent: this conversation is closed, the administration no longer accepts messages in it. Your text is kept here; write a new message to the administration instead.</source>
        <translation>Nicht gesendet: Diese Unterhaltung ist geschlossen, die Verwaltung nimmt darin keine Nachrichten mehr an. Ihr Text bleibt hier erhalten; schreiben Sie der Verwaltung stattdessen eine neue Nachricht.</translation>
    </message>
    <message>
        <source>Not sent (%1): %2 Your text is kept here.</source>
        <translation>Nicht gesendet (%1): %2 Ihr Text bleibt hier erhalten.</translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to be sent</source>
        <translation>Auf diesem Computer gespeichert, wartet auf das Senden</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1.</source>
        <translation>In %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dossiers have a new status</source>
        <translation>
            <numerusform>Ein Vorgang hat einen neuen Status</numerusform>
            <numerusform>%n Vorgänge haben einen neuen Status</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Guichet Desktop to see where they stand.</source>
        <translation>Öffnen Sie Guichet Desktop, um den Stand zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages from the administration</source>
        <translation>
            <numerusform>Eine neue Nachricht der Verwaltung</numerusform>
            <numerusform>%n neue Nachrichten der Verwaltung</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>Open Guichet Desktop to read them.</source>
        <translation>Öffnen Sie Guichet Desktop, um sie zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new accesses to your data</source>
        <translation>
            <numerusform>%n neuer Zugriff auf Ihre Daten</numerusform>
            <numerusform>%n neue Zugriffe auf Ihre Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Durch: %1</translation>
    </message>
    <message>
        <source>See who accessed your data, and why, in Guichet Desktop.</source>
        <translation>Sehen Sie in Guichet Desktop, wer auf Ihre Daten zugegriffen hat und warum.</translation>
    </message>
    <message numerus="yes">
        <source>Renew it in time to keep signing in and signing.</source>
        <translation>
            <numerusform>Erneuern Sie es rechtzeitig, um sich weiter anmelden und unterschreiben zu können.</numerusform>
            <numerusform>Erneuern Sie sie rechtzeitig, um sich weiter anmelden und unterschreiben zu können.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates of your card end soon</source>
        <translation>
            <numerusform>Ein Zertifikat Ihrer Karte läuft bald ab</numerusform>
            <numerusform>%n Zertifikate Ihrer Karte laufen bald ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal refused %n of your requests</source>
        <translation>
            <numerusform>Das Portal hat einen Ihrer Anträge abgelehnt</numerusform>
            <numerusform>Das Portal hat %n Ihrer Anträge abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Guichet Desktop to see why.</source>
        <translation>Öffnen Sie Guichet Desktop, um den Grund zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n requests are still waiting to be sent</source>
        <translation>
            <numerusform>Ein Antrag wartet noch auf den Versand</numerusform>
            <numerusform>%n Anträge warten noch auf den Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept and sent as soon as the portal can be reached.</source>
        <translation>Sie werden aufbewahrt und gesendet, sobald das Portal erreichbar ist.</translation>
    </message>
    <message>
        <source>Sign in again to stay up to date</source>
        <translation>Melden Sie sich erneut an, um auf dem Laufenden zu bleiben</translation>
    </message>
    <message>
        <source>Your session with the portal ended. Insert your card and open Guichet Desktop to sign in.</source>
        <translation>Ihre Sitzung mit dem Portal ist beendet. Stecken Sie Ihre Karte ein und öffnen Sie Guichet Desktop, um sich anzumelden.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>National register of natural persons (identity)</source>
        <translation>Nationales Register der natürlichen Personen (Identität)</translation>
    </message>
    <message>
        <source>National register of natural persons (address)</source>
        <translation>Nationales Register der natürlichen Personen (Adresse)</translation>
    </message>
    <message>
        <source>Vehicle register (SNCA)</source>
        <translation>Fahrzeugregister (SNCA)</translation>
    </message>
    <message>
        <source>Driving licence register</source>
        <translation>Führerscheinregister</translation>
    </message>
    <message>
        <source>Land register (cadastre)</source>
        <translation>Kataster</translation>
    </message>
    <message>
        <source>VAT register (AED)</source>
        <translation>Mehrwertsteuerregister (AED)</translation>
    </message>
    <message>
        <source>Trade and companies register (RCS)</source>
        <translation>Handels- und Gesellschaftsregister (RCS)</translation>
    </message>
    <message>
        <source>Criminal record</source>
        <translation>Strafregister</translation>
    </message>
    <message>
        <source>Your personal space</source>
        <translation>Ihr persönlicher Bereich</translation>
    </message>
    <message>
        <source>From %1 — no proof needed</source>
        <translation>Quelle: %1 — kein Nachweis erforderlich</translation>
    </message>
    <message>
        <source>From %1, with your consent</source>
        <translation>Quelle: %1, mit Ihrer Einwilligung</translation>
    </message>
    <message>
        <source>Re-used from your personal space</source>
        <translation>Aus Ihrem persönlichen Bereich übernommen</translation>
    </message>
    <message>
        <source>Entered by you</source>
        <translation>Von Ihnen eingegeben</translation>
    </message>
</context>
<context>
    <name>SpaceList</name>
    <message>
        <source>My private space</source>
        <translation>Mein privater Bereich</translation>
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
    <name>SummaryContent</name>
    <message>
        <source>By signing, I confirm that the answers above are accurate and complete, and I submit this request to %1.</source>
        <translation>Mit meiner Unterschrift bestätige ich, dass die obigen Antworten richtig und vollständig sind, und reiche diesen Antrag bei folgender Stelle ein: %1.</translation>
    </message>
</context>
<context>
    <name>SummaryPdf</name>
    <message>
        <source>Summary of your answers, to be signed</source>
        <translation>Zusammenfassung Ihrer Antworten zur Unterschrift</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
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
        <source>Submitted by</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Private space</source>
        <translation>Privater Bereich</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Im Namen von</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Bestätigt am</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Document already in your space</source>
        <translation>Dokument bereits in Ihrem Bereich</translation>
    </message>
    <message>
        <source>File attached to this submission</source>
        <translation>Dieser Einreichung beigefügte Datei</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Keine Anhänge.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1, im Namen von %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Signed with</source>
        <translation>Unterschrieben mit</translation>
    </message>
</context>
<context>
    <name>TrainingScenario</name>
    <message>
        <source>Portal unreachable</source>
        <translation>Portal nicht erreichbar</translation>
    </message>
    <message>
        <source>Portal out of service (HTTP 503)</source>
        <translation>Portal außer Betrieb (HTTP 503)</translation>
    </message>
    <message>
        <source>Very slow network</source>
        <translation>Sehr langsames Netz</translation>
    </message>
    <message>
        <source>Computer clock ten minutes off</source>
        <translation>Uhr des Computers zehn Minuten falsch</translation>
    </message>
    <message>
        <source>PIN with one try left</source>
        <translation>PIN mit nur einem Versuch übrig</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN gesperrt</translation>
    </message>
    <message>
        <source>No smart card service</source>
        <translation>Kein Chipkartendienst</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Kein Kartenleser</translation>
    </message>
    <message>
        <source>Reader without a card</source>
        <translation>Leser ohne Karte</translation>
    </message>
    <message>
        <source>Unknown card (a bank card)</source>
        <translation>Unbekannte Karte (eine Bankkarte)</translation>
    </message>
    <message>
        <source>Identity card without its middleware</source>
        <translation>Personalausweis ohne seine Kartensoftware</translation>
    </message>
    <message>
        <source>Card without certificates</source>
        <translation>Karte ohne Zertifikate</translation>
    </message>
    <message>
        <source>Expired certificates</source>
        <translation>Abgelaufene Zertifikate</translation>
    </message>
    <message>
        <source>Certificates not yet valid</source>
        <translation>Zertifikate noch nicht gültig</translation>
    </message>
    <message>
        <source>Certificates from an untrusted root</source>
        <translation>Zertifikate einer nicht vertrauenswürdigen Stammstelle</translation>
    </message>
    <message>
        <source>Reader with a PIN pad</source>
        <translation>Leser mit PIN-Tastatur</translation>
    </message>
    <message>
        <source>Proxy refusing the portal</source>
        <translation>Proxy verweigert das Portal</translation>
    </message>
    <message>
        <source>Portal with an untrusted TLS certificate</source>
        <translation>Portal mit nicht vertrauenswürdigem TLS-Zertifikat</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>TransparencyTexts</name>
    <message>
        <source>Received by the authority</source>
        <translation>Bei der Behörde eingegangen</translation>
    </message>
    <message>
        <source>Being reviewed</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Not sent (%1)</source>
        <translation>Nicht gesendet (%1)</translation>
    </message>
    <message>
        <source>Being sent…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to be sent</source>
        <translation>Auf diesem Computer gespeichert, wartet auf den Versand</translation>
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
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
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
        <source>Log file: %1</source>
        <translation>Protokolldatei: %1</translation>
    </message>
    <message>
        <source>not available (messages go to the terminal only)</source>
        <translation>nicht verfügbar (Meldungen nur im Terminal)</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>Guichet Desktop is made to be used with a screen reader, with the keyboard alone, with large text and in dark or high-contrast mode. Every version is checked automatically, in French, German and English, through the accessibility interface screen readers use, against requirements of the European standard EN 301 549. Known gaps: the calendar of a date field is heard but cannot be explored with a screen reader (type the date instead), and a wrong answer is said in the field&apos;s description, not as an &quot;invalid&quot; state. To report a barrier, tell the help desk on which page, what you did and what happened. The full statement: docs/accessibility.md.</source>
        <translation>Guichet Desktop ist für die Nutzung mit einem Screenreader, allein mit der Tastatur, mit großer Schrift und im dunklen Modus oder mit hohem Kontrast gemacht. Jede Version wird automatisch auf Französisch, Deutsch und Englisch über die Barrierefreiheitsschnittstelle, die Screenreader nutzen, anhand von Anforderungen der europäischen Norm EN 301 549 geprüft. Bekannte Lücken: Der Kalender eines Datumsfelds wird angesagt, lässt sich mit einem Screenreader aber nicht durchsuchen (geben Sie das Datum stattdessen ein), und eine falsche Antwort wird in der Beschreibung des Felds genannt, nicht als Zustand „ungültig“. Um eine Barriere zu melden, sagen Sie dem Helpdesk, auf welcher Seite, was Sie getan haben und was geschah. Die vollständige Erklärung: docs/accessibility.md.</translation>
    </message>
</context>
<context>
    <name>guichet::AccessLogModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
</context>
<context>
    <name>guichet::AccessLogPage</name>
    <message>
        <source>Export the access log</source>
        <translation>Zugriffsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Who accessed my data (%n new)</source>
        <translation>
            <numerusform>Wer auf meine Daten zugegriffen hat (%n neu)</numerusform>
            <numerusform>Wer auf meine Daten zugegriffen hat (%n neu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Who accessed my data</source>
        <translation>Wer auf meine Daten zugegriffen hat</translation>
    </message>
    <message>
        <source>Each time an administration read your data in an authentic source: when, which data, why, and for which procedure.</source>
        <translation>Jeder Abruf Ihrer Daten aus einer authentischen Quelle durch eine Verwaltung: wann, welche Daten, warum und für welches Verfahren.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Administration, purpose, data, procedure…</source>
        <translation>Verwaltung, Zweck, Daten, Verfahren…</translation>
    </message>
    <message>
        <source>Search the accesses</source>
        <translation>Zugriffe durchsuchen</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Show accesses to the source</source>
        <translation>Zugriffe auf diese Quelle anzeigen</translation>
    </message>
    <message>
        <source>&amp;Administration:</source>
        <translation>Ver&amp;waltung:</translation>
    </message>
    <message>
        <source>Show accesses by the administration</source>
        <translation>Zugriffe dieser Verwaltung anzeigen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Show accesses from this date</source>
        <translation>Zugriffe ab diesem Datum anzeigen</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Show accesses until this date</source>
        <translation>Zugriffe bis zu diesem Datum anzeigen</translation>
    </message>
    <message>
        <source>Accesses to your data</source>
        <translation>Zugriffe auf Ihre Daten</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the accesses shown as a CSV file</source>
        <translation>Die angezeigten Zugriffe als CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>All administrations</source>
        <translation>Alle Verwaltungen</translation>
    </message>
    <message numerus="yes">
        <source>%n accesses</source>
        <translation>
            <numerusform>%n Zugriff</numerusform>
            <numerusform>%n Zugriffe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 accesses</source>
        <translation>
            <numerusform>%n von %1 Zugriffen</numerusform>
            <numerusform>%n von %1 Zugriffen</numerusform>
        </translation>
    </message>
    <message>
        <source>No administration has read your data in an authentic source yet.</source>
        <translation>Noch keine Verwaltung hat Ihre Daten aus einer authentischen Quelle abgerufen.</translation>
    </message>
    <message>
        <source>Data items: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Rechtsgrundlage: %1</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Verfahren: %1</translation>
    </message>
    <message>
        <source>Read with your consent (%1)</source>
        <translation>Mit Ihrer Einwilligung abgerufen (%1)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n accesses as %1.</source>
        <translation>
            <numerusform>%n Zugriff als %1 gespeichert.</numerusform>
            <numerusform>%n Zugriffe als %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the access log…</source>
        <translation>Zugriffsprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>There is no access to save.</source>
        <translation>Es gibt keinen Zugriff zum Speichern.</translation>
    </message>
</context>
<context>
    <name>guichet::AddressFieldEditor</name>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>guichet::AppearanceSettingsPanel</name>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Follow the desktop (now: %1)</source>
        <translation>Wie der Desktop (derzeit: %1)</translation>
    </message>
    <message>
        <source>Managed by your administrator.</source>
        <translation>Von Ihrem Administrator verwaltet.</translation>
    </message>
    <message>
        <source>Dark and high contrast follow your desktop&apos;s settings unless you choose one here.</source>
        <translation>Dunkler Modus und hoher Kontrast folgen den Einstellungen Ihres Desktops, es sei denn, Sie wählen hier etwas anderes.</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>Erscheinungsbi&amp;ld:</translation>
    </message>
</context>
<context>
    <name>guichet::AttachmentFieldEditor</name>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>&amp;Datei auswählen…</translation>
    </message>
    <message>
        <source>From my &amp;documents…</source>
        <translation>Aus meinen D&amp;okumenten…</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <source>Choose a file for “%1”</source>
        <translation>Datei für „%1“ auswählen</translation>
    </message>
    <message>
        <source>Choose one of my documents for “%1”</source>
        <translation>Eines meiner Dokumente für „%1“ auswählen</translation>
    </message>
    <message>
        <source>Remove the file of “%1”</source>
        <translation>Datei von „%1“ entfernen</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>SHA-256 %1…</source>
        <translation>SHA-256 %1…</translation>
    </message>
    <message>
        <source>from your documents</source>
        <translation>aus Ihren Dokumenten</translation>
    </message>
    <message>
        <source>This file is %1; this form accepts files up to %2.</source>
        <translation>Diese Datei ist %1 groß; dieses Formular akzeptiert Dateien bis %2.</translation>
    </message>
    <message>
        <source>This kind of file is not accepted here. Choose a file of type %1.</source>
        <translation>Dieser Dateityp wird hier nicht akzeptiert. Wählen Sie eine Datei vom Typ %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>guichet::AttachmentPicker</name>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>PDF or pictures (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF oder Bilder (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Dokument anhängen</translation>
    </message>
    <message>
        <source>Document of your space:</source>
        <translation>Dokument Ihres Bereichs:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>&amp;Datei anhängen…</translation>
    </message>
    <message>
        <source>Attach a file from this computer</source>
        <translation>Eine Datei von diesem Computer anhängen</translation>
    </message>
    <message>
        <source>Attach a &amp;document…</source>
        <translation>D&amp;okument anhängen…</translation>
    </message>
    <message>
        <source>Attach a document of your space</source>
        <translation>Ein Dokument Ihres Bereichs anhängen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen attachment</source>
        <translation>Den ausgewählten Anhang entfernen</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be attached: only PDF, JPEG and PNG files are accepted.</source>
        <translation>%1 kann nicht angehängt werden: Nur PDF-, JPEG- und PNG-Dateien werden angenommen.</translation>
    </message>
    <message>
        <source>%1 cannot be attached: a message and its files may take at most %2.</source>
        <translation>%1 kann nicht angehängt werden: Eine Nachricht mit ihren Dateien darf höchstens %2 groß sein.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry at most %n attachments.</source>
        <translation>
            <numerusform>Eine Nachricht kann höchstens %n Anhang enthalten.</numerusform>
            <numerusform>Eine Nachricht kann höchstens %n Anhänge enthalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::AttentionPanel</name>
    <message>
        <source>What needs your attention</source>
        <translation>Was Ihre Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>Your space is being brought up to date…</source>
        <translation>Ihr Bereich wird gerade aktualisiert…</translation>
    </message>
    <message>
        <source>Nothing needs your attention. Your procedures, messages and data are up to date on this computer.</source>
        <translation>Nichts braucht Ihre Aufmerksamkeit. Ihre Verfahren, Nachrichten und Daten sind auf diesem Computer aktuell.</translation>
    </message>
</context>
<context>
    <name>guichet::BackgroundMode</name>
    <message>
        <source>Keep Guichet Desktop running?</source>
        <translation>Guichet Desktop weiterlaufen lassen?</translation>
    </message>
    <message>
        <source>Keep Guichet Desktop running when its window is closed?</source>
        <translation>Guichet Desktop weiterlaufen lassen, wenn sein Fenster geschlossen ist?</translation>
    </message>
    <message>
        <source>It then stays in the notification area, keeps your space up to date and tells you when a dossier moves on, an administration writes to you or someone consults your data. You can change this at any time in Settings.</source>
        <translation>Es bleibt dann im Benachrichtigungsbereich, hält Ihren Bereich aktuell und sagt Ihnen, wenn ein Vorgang vorankommt, eine Verwaltung Ihnen schreibt oder jemand Ihre Daten abruft. Sie können das jederzeit in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
    <message>
        <source>%1 in %2. %3</source>
        <translation>%1 in %2. %3</translation>
    </message>
    <message>
        <source>Looked for: %1</source>
        <translation>Gesucht: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>&amp;Unblock the PIN…</source>
        <translation>PIN &amp;entsperren…</translation>
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
    <message>
        <source>The procedure</source>
        <translation>Das Verfahren</translation>
    </message>
</context>
<context>
    <name>guichet::CertificateChooserDialog</name>
    <message>
        <source>Personal (no company)</source>
        <translation>Persönlich (ohne Unternehmen)</translation>
    </message>
    <message>
        <source>%1, %2, issued by %3, valid until %4</source>
        <translation>%1, %2, ausgestellt von %3, gültig bis %4</translation>
    </message>
    <message>
        <source>Choose a signature certificate</source>
        <translation>Signaturzertifikat auswählen</translation>
    </message>
    <message>
        <source>Your signing device holds several signature certificates. Choose the one to sign with in “%1”. Your choice is remembered for this space.</source>
        <translation>Ihr Signaturgerät enthält mehrere Signaturzertifikate. Wählen Sie das Zertifikat, mit dem Sie in „%1“ unterschreiben. Ihre Wahl wird für diesen Bereich gespeichert.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Signature certificates</source>
        <translation>Signaturzertifikate</translation>
    </message>
    <message>
        <source>&amp;Sign with this certificate</source>
        <translation>Mit diesem Zertifikat &amp;unterschreiben</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
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
    <name>guichet::ChoiceFieldEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>guichet::ConsentCard</name>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>Fetched by: %1</source>
        <translation>Abgerufen von: %1</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>Erteilt am %1</translation>
    </message>
    <message>
        <source>Given on %1 by %2</source>
        <translation>Erteilt am %1 von %2</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Kein Enddatum</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the consent: %1</source>
        <translation>Einwilligung widerrufen: %1</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Einwilligung: %1</translation>
    </message>
</context>
<context>
    <name>guichet::ConsentPanel</name>
    <message>
        <source>Your consent is needed</source>
        <translation>Ihre Einwilligung ist erforderlich</translation>
    </message>
    <message>
        <source>You have not given your consent: %1 cannot fetch this data from %2, and these answers stay empty.</source>
        <translation>Sie haben Ihre Einwilligung nicht erteilt: %1 kann diese Daten nicht aus „%2“ abrufen, und diese Antworten bleiben leer.</translation>
    </message>
    <message>
        <source>%1 asks to fetch data about you from %2, for this purpose:</source>
        <translation>%1 möchte Daten über Sie aus „%2“ abrufen, und zwar zu folgendem Zweck:</translation>
    </message>
    <message>
        <source>Nothing is fetched unless you agree. Your consent is recorded, and you can see and withdraw it under “My consents”.</source>
        <translation>Ohne Ihre Zustimmung wird nichts abgerufen. Ihre Einwilligung wird gespeichert; Sie können sie unter „Meine Einwilligungen“ einsehen und widerrufen.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Ich stimme zu</translation>
    </message>
    <message>
        <source>I agree that %1 fetches this data from %2</source>
        <translation>Ich stimme zu, dass %1 diese Daten aus „%2“ abruft</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Recording your consent…</source>
        <translation>Ihre Einwilligung wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>guichet::ConsentsPage</name>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Keep the consent</source>
        <translation>Einwilligung beibehalten</translation>
    </message>
    <message>
        <source>My consents</source>
        <translation>Meine Einwilligungen</translation>
    </message>
    <message>
        <source>Some procedures need data an administration may only fetch with your consent. Revoking a consent stops future fetches; data already sent with a procedure stays with it.</source>
        <translation>Manche Verfahren benötigen Daten, die eine Verwaltung nur mit Ihrer Einwilligung abrufen darf. Der Widerruf einer Einwilligung verhindert künftige Abrufe; Daten, die bereits mit einem Verfahren übermittelt wurden, bleiben dort.</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Ihre Einwilligungen</translation>
    </message>
    <message>
        <source>Revocation not sent (%1)</source>
        <translation>Widerruf nicht gesendet (%1)</translation>
    </message>
    <message>
        <source>Revocation being sent…</source>
        <translation>Widerruf wird gesendet…</translation>
    </message>
    <message>
        <source>Revocation waiting to be sent</source>
        <translation>Widerruf wartet auf den Versand</translation>
    </message>
    <message>
        <source>You have not given any consent. A procedure that needs one asks you for it.</source>
        <translation>Sie haben keine Einwilligung erteilt. Ein Verfahren, das eine benötigt, fragt Sie danach.</translation>
    </message>
    <message>
        <source>%1 will no longer fetch %2 for %3. Procedures that need it will ask you again.</source>
        <translation>%1 wird für folgenden Zweck keine Daten aus „%2“ mehr abrufen: %3. Verfahren, die diese Daten benötigen, werden Sie erneut um Ihre Einwilligung bitten.</translation>
    </message>
    <message>
        <source>Revoke the consent?</source>
        <translation>Einwilligung widerrufen?</translation>
    </message>
    <message>
        <source>The revocation is saved on this computer. It is sent as soon as the portal can be reached.</source>
        <translation>Der Widerruf ist auf diesem Computer gespeichert. Er wird gesendet, sobald das Portal erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>guichet::CorrectionDialog</name>
    <message>
        <source>Request a correction</source>
        <translation>Berichtigung beantragen</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Angabe:</translation>
    </message>
    <message>
        <source>Value held now:</source>
        <translation>Derzeit gespeicherter Wert:</translation>
    </message>
    <message>
        <source>Correct value</source>
        <translation>Richtiger Wert</translation>
    </message>
    <message>
        <source>&amp;Correct value (required):</source>
        <translation>&amp;Richtiger Wert (Pflichtangabe):</translation>
    </message>
    <message>
        <source>Why the value held is wrong</source>
        <translation>Warum der gespeicherte Wert falsch ist</translation>
    </message>
    <message>
        <source>&amp;Why is it wrong? (required)</source>
        <translation>&amp;Warum ist er falsch? (Pflichtangabe)</translation>
    </message>
    <message>
        <source>Proof documents from your space</source>
        <translation>Nachweise aus Ihrem Bereich</translation>
    </message>
    <message>
        <source>&amp;Proof documents (optional, up to %1):</source>
        <translation>&amp;Nachweise (optional, höchstens %1):</translation>
    </message>
    <message>
        <source>The authority checks your request and answers in your space. Until it decides, forms keep the value it holds.</source>
        <translation>Die Behörde prüft Ihren Antrag und antwortet in Ihrem Bereich. Bis zu ihrer Entscheidung verwenden Formulare weiterhin den dort gespeicherten Wert.</translation>
    </message>
    <message>
        <source>&amp;Send the request</source>
        <translation>Antrag &amp;senden</translation>
    </message>
    <message>
        <source>Write the right value and why it is right first.</source>
        <translation>Schreiben Sie zuerst den richtigen Wert und warum er richtig ist.</translation>
    </message>
</context>
<context>
    <name>guichet::CorrectionPanel</name>
    <message>
        <source>You propose a correction to %1. The form keeps the registered value until the administration decides.</source>
        <translation>Sie beantragen bei „%1“ eine Berichtigung. Das Formular behält den eingetragenen Wert, bis die Verwaltung entschieden hat.</translation>
    </message>
    <message>
        <source>Your correction: %1</source>
        <translation>Ihre Berichtigung: %1</translation>
    </message>
    <message>
        <source>Why is the registered value wrong? (optional)</source>
        <translation>Warum ist der eingetragene Wert falsch? (optional)</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw the correction</source>
        <translation>Berichtigung zurückziehen</translation>
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
    <name>guichet::DateFieldEditor</name>
    <message>
        <source>Enter a date such as %1.</source>
        <translation>Geben Sie ein Datum ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Datum in einem Kalender auswählen</translation>
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
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>E&amp;xplain an error code:</source>
        <translation>Fehlercode er&amp;klären:</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>Checking every layer…</source>
        <translation>Jede Ebene wird geprüft…</translation>
    </message>
    <message>
        <source>The checks are not available in this window.</source>
        <translation>Die Prüfungen sind in diesem Fenster nicht verfügbar.</translation>
    </message>
    <message>
        <source>Every layer that was checked is working.</source>
        <translation>Alles Geprüfte funktioniert.</translation>
    </message>
    <message>
        <source>Look here first: %1</source>
        <translation>Zuerst hier nachsehen: %1</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(keine Protokolldatei)</translation>
    </message>
    <message>
        <source>Last %1 lines of the log (personal data removed):</source>
        <translation>Die letzten %1 Zeilen des Protokolls (persönliche Daten entfernt):</translation>
    </message>
    <message>
        <source>Each layer the application depends on, from the smart card service to your local data, checked in order. If you call the help desk, they may ask you to read or send this report; it contains nothing personal.</source>
        <translation>Jede Ebene, von der die Anwendung abhängt, vom Chipkartendienst bis zu Ihren lokalen Daten, der Reihe nach geprüft. Wenn Sie den Helpdesk anrufen, bittet er Sie vielleicht, diesen Bericht vorzulesen oder zu senden; er enthält nichts Persönliches.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Layers checked</source>
        <translation>Geprüfte Ebenen</translation>
    </message>
    <message>
        <source>Details of the selected layer</source>
        <translation>Details der gewählten Ebene</translation>
    </message>
    <message>
        <source>Summary of the checks</source>
        <translation>Zusammenfassung der Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Run the checks again</source>
        <translation>Prüfungen e&amp;rneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Training scenario:</source>
        <translation>&amp;Schulungsszenario:</translation>
    </message>
    <message>
        <source>None: everything works</source>
        <translation>Keines: alles funktioniert</translation>
    </message>
    <message>
        <source>Desktop notifications: shown by %1.</source>
        <translation>Desktop-Benachrichtigungen: angezeigt von %1.</translation>
    </message>
    <message>
        <source>Desktop notifications are unavailable (%1). The application works as usual; what changes is shown only in its window.</source>
        <translation>Desktop-Benachrichtigungen sind nicht verfügbar (%1). Die Anwendung funktioniert wie gewohnt; Änderungen werden nur in ihrem Fenster angezeigt.</translation>
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
    <message>
        <source>This document is not on this computer yet. It appears here after the next synchronisation.</source>
        <translation>Dieses Dokument ist noch nicht auf diesem Computer. Es erscheint hier nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>For your safety this kind of file is not opened from here. Use “Save as…” to keep a copy, and check it before you open it.</source>
        <translation>Zu Ihrer Sicherheit wird diese Art von Datei nicht von hier aus geöffnet. Verwenden Sie „Speichern unter…“, um eine Kopie zu behalten, und prüfen Sie sie, bevor Sie sie öffnen.</translation>
    </message>
    <message>
        <source>Choose a document in the list first.</source>
        <translation>Wählen Sie zuerst ein Dokument in der Liste.</translation>
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
    <name>guichet::DraftAutosave</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1 It will be tried again at your next change.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1 Bei Ihrer nächsten Änderung wird es erneut versucht.</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Entwurf um %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>guichet::FieldRow</name>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
</context>
<context>
    <name>guichet::FormPage</name>
    <message>
        <source>Discard the draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Discard your answers to “%1”?</source>
        <translation>Ihre Antworten zu „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>Your answers and the files you attached will be deleted from this computer. This cannot be undone.</source>
        <translation>Ihre Antworten und die angehängten Dateien werden von diesem Computer gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete my answers</source>
        <translation>Meine Antworten löschen</translation>
    </message>
    <message>
        <source>Keep the draft</source>
        <translation>Entwurf behalten</translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation>Datei zum Anhängen auswählen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Dokumente (*.pdf *.jpg *.jpeg *.png);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) need your attention</source>
        <translation>
            <numerusform>%n Antwort erfordert Ihre Aufmerksamkeit</numerusform>
            <numerusform>%n Antworten erfordern Ihre Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>The data the administration already holds about you could not be fetched: %1</source>
        <translation>Die Daten, die der Verwaltung bereits über Sie vorliegen, konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Not reachable now: %1. The answers they provide stay empty until you try again.</source>
        <translation>Derzeit nicht erreichbar: %1. Die Antworten, die von dort stammen, bleiben leer, bis Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Fetch your data again</source>
        <translation>Ihre Daten erneut abrufen</translation>
    </message>
    <message>
        <source>&amp;Continue to summary</source>
        <translation>&amp;Weiter zur Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>Entwurf &amp;verwerfen</translation>
    </message>
    <message>
        <source>Discard the draft and delete its answers</source>
        <translation>Entwurf verwerfen und seine Antworten löschen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the form; the draft is kept</source>
        <translation>Formular schließen; der Entwurf bleibt erhalten</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
</context>
<context>
    <name>guichet::FormSigning</name>
    <message>
        <source>Submission of “%1” to %2</source>
        <translation>Einreichung von „%1“ (Empfänger: %2)</translation>
    </message>
</context>
<context>
    <name>guichet::FormSummaryView</name>
    <message>
        <source>Check your answers</source>
        <translation>Prüfen Sie Ihre Antworten</translation>
    </message>
    <message>
        <source>This is what you sign and send. Go back to the form to change an answer.</source>
        <translation>Genau das unterschreiben und senden Sie. Um eine Antwort zu ändern, gehen Sie zurück zum Formular.</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Zurück zum Formular</translation>
    </message>
    <message>
        <source>&amp;Sign and submit</source>
        <translation>&amp;Unterschreiben und einreichen</translation>
    </message>
    <message>
        <source>Sign with your card and submit</source>
        <translation>Mit Ihrer Karte unterschreiben und einreichen</translation>
    </message>
    <message>
        <source>Filled in by %1 for %2.</source>
        <translation>Ausgefüllt von %1. Empfänger: %2.</translation>
    </message>
    <message>
        <source>Filled in by %1 on behalf of %2, for %3.</source>
        <translation>Ausgefüllt von %1 im Namen von %2. Empfänger: %3.</translation>
    </message>
    <message>
        <source>Corrections you propose</source>
        <translation>Von Ihnen vorgeschlagene Berichtigungen</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>— already in your documents</source>
        <translation>— bereits in Ihren Dokumenten</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>This is what you send. This form is sent without a signature. Go back to the form to change an answer.</source>
        <translation>Genau das senden Sie. Dieses Formular wird ohne Unterschrift gesendet. Um eine Antwort zu ändern, gehen Sie zurück zum Formular.</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>Ein&amp;reichen</translation>
    </message>
    <message>
        <source>Submit without a signature</source>
        <translation>Ohne Unterschrift einreichen</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Ihre Antworten</translation>
    </message>
</context>
<context>
    <name>guichet::FormsPage</name>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Discard “%1”? Its answers and attached files will be deleted from this computer.</source>
        <translation>„%1“ verwerfen? Die Antworten und angehängten Dateien werden von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>“%1” is signed and saved; it is sent as soon as the portal can be reached.</source>
        <translation>„%1“ ist unterschrieben und gespeichert; es wird gesendet, sobald das Portal erreichbar ist.</translation>
    </message>
    <message>
        <source>Received by the portal: dossier %1, reference %2. Follow it in My procedures.</source>
        <translation>Vom Portal empfangen: Vorgang %1, Aktenzeichen %2. Verfolgen Sie ihn unter „Meine Verfahren“.</translation>
    </message>
    <message>
        <source>My forms</source>
        <translation>Meine Formulare</translation>
    </message>
    <message>
        <source>%1 — changed %2</source>
        <translation>%1 — geändert am %2</translation>
    </message>
    <message>
        <source>Opening the form…</source>
        <translation>Formular wird geöffnet…</translation>
    </message>
    <message>
        <source>Signing… follow the instructions of your card reader.</source>
        <translation>Unterschrift läuft… folgen Sie den Anweisungen Ihres Kartenlesers.</translation>
    </message>
    <message>
        <source>Forms you started are kept here as drafts until you sign and submit them. Start a new one from Procedures (“Start online procedure”).</source>
        <translation>Begonnene Formulare werden hier als Entwürfe aufbewahrt, bis Sie sie unterschreiben und einreichen. Ein neues Formular beginnen Sie unter Verfahren („Online-Verfahren starten“).</translation>
    </message>
    <message>
        <source>No form in progress.</source>
        <translation>Kein Formular in Bearbeitung.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>“%1” is saved; it is sent as soon as the portal can be reached.</source>
        <translation>„%1“ ist gespeichert; es wird gesendet, sobald das Portal erreichbar ist.</translation>
    </message>
    <message>
        <source>Received by the portal: reference %1.</source>
        <translation>Vom Portal empfangen: Aktenzeichen %1.</translation>
    </message>
    <message>
        <source>Preparing your submission…</source>
        <translation>Ihre Einreichung wird vorbereitet…</translation>
    </message>
    <message>
        <source>Submission received</source>
        <translation>Einreichung eingegangen</translation>
    </message>
    <message>
        <source>Your submission was received with reference %1.

Tracking code: %2

Write this code down or copy it now: it is shown only once, and you need it with the reference to follow your submission.</source>
        <translation>Ihre Einreichung ist unter dem Aktenzeichen %1 eingegangen.

Nachverfolgungscode: %2

Notieren oder kopieren Sie diesen Code jetzt: Er wird nur einmal angezeigt, und Sie benötigen ihn zusammen mit dem Aktenzeichen, um Ihre Einreichung zu verfolgen.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>your private space</source>
        <translation>Ihr privater Bereich</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
</context>
<context>
    <name>guichet::GroupFieldEditor</name>
    <message>
        <source>%1 – %2</source>
        <comment>group label, number of the repetition</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Add to “%1”</source>
        <translation>Zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>None yet. Use “Add” for each one.</source>
        <translation>Noch keine Einträge. Verwenden Sie „Hinzufügen“ für jeden Eintrag.</translation>
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
        <source>Hello, %1</source>
        <translation>Guten Tag, %1</translation>
    </message>
</context>
<context>
    <name>guichet::LineFieldEditor</name>
    <message>
        <source>e.g. LU28 0019 4006 4475 0000</source>
        <translation>z. B. LU28 0019 4006 4475 0000</translation>
    </message>
    <message>
        <source>e.g. 1985 0312 345 67</source>
        <translation>z. B. 1985 0312 345 67</translation>
    </message>
    <message>
        <source>e.g. LU12345678</source>
        <translation>z. B. LU12345678</translation>
    </message>
    <message>
        <source>e.g. name@example.lu</source>
        <translation>z. B. name@example.lu</translation>
    </message>
    <message>
        <source>e.g. +352 621 123 456</source>
        <translation>z. B. +352 621 123 456</translation>
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
    <name>guichet::MessageCard</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 on %2, from %3</source>
        <translation>%1 am %2, von %3</translation>
    </message>
    <message>
        <source>Message, %1 on %2</source>
        <translation>Nachricht, %1 am %2</translation>
    </message>
    <message>
        <source>Message from %1, %2 on %3</source>
        <translation>Nachricht von %1, %2 am %3</translation>
    </message>
    <message>
        <source>Written by you: %1</source>
        <translation>Von Ihnen geschrieben: %1</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Angehängt: %1</translation>
    </message>
    <message>
        <source>Your message: %1</source>
        <translation>Ihre Nachricht: %1</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Open the attachment %1</source>
        <translation>Den Anhang %1 öffnen</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>Diese Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete this refused message from this computer</source>
        <translation>Diese abgelehnte Nachricht von diesem Computer löschen</translation>
    </message>
</context>
<context>
    <name>guichet::MessagesPage</name>
    <message numerus="yes">
        <source>Messages (%n unread)</source>
        <translation>
            <numerusform>Nachrichten (%n ungelesen)</numerusform>
            <numerusform>Nachrichten (%n ungelesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Your conversations with the administrations. What you write is saved on this computer first and sent as soon as the portal can be reached.</source>
        <translation>Ihre Unterhaltungen mit den Verwaltungen. Was Sie schreiben, wird zuerst auf diesem Computer gespeichert und gesendet, sobald das Portal erreichbar ist.</translation>
    </message>
    <message>
        <source>&amp;Write to an administration…</source>
        <translation>An eine Verwaltung &amp;schreiben…</translation>
    </message>
    <message>
        <source>Write a new message to an administration</source>
        <translation>Eine neue Nachricht an eine Verwaltung schreiben</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>%1, with %2, last message %3</source>
        <translation>%1, mit %2, letzte Nachricht %3</translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n ungelesen</numerusform>
            <numerusform>, %n ungelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting to be sent</source>
        <translation>
            <numerusform>, %n wartet auf das Senden</numerusform>
            <numerusform>, %n warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages yet. When an administration writes to you, or you write to one, the conversation appears here.</source>
        <translation>Noch keine Nachrichten. Wenn Ihnen eine Verwaltung schreibt oder Sie einer Verwaltung schreiben, erscheint die Unterhaltung hier.</translation>
    </message>
    <message>
        <source>You can write to an administration once you have a dossier or a message with one.</source>
        <translation>Sie können einer Verwaltung schreiben, sobald Sie einen Vorgang oder eine Nachricht mit ihr haben.</translation>
    </message>
    <message>
        <source>Your reply is saved on this computer. It is sent as soon as the portal can be reached.</source>
        <translation>Ihre Antwort ist auf diesem Computer gespeichert. Sie wird gesendet, sobald das Portal erreichbar ist.</translation>
    </message>
    <message>
        <source>Your message is saved on this computer. It is sent as soon as the portal can be reached.</source>
        <translation>Ihre Nachricht ist auf diesem Computer gespeichert. Sie wird gesendet, sobald das Portal erreichbar ist.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Delete this message?</source>
        <translation>Diese Nachricht löschen?</translation>
    </message>
    <message>
        <source>The portal refused this message; it will not be sent. Its text is deleted from this computer. Copy it first if you want to write it again.</source>
        <translation>Das Portal hat diese Nachricht abgelehnt; sie wird nicht gesendet. Ihr Text wird von diesem Computer gelöscht. Kopieren Sie ihn zuerst, wenn Sie ihn erneut schreiben möchten.</translation>
    </message>
    <message>
        <source>The refused message was deleted from this computer.</source>
        <translation>Die abgelehnte Nachricht wurde von diesem Computer gelöscht.</translation>
    </message>
</context>
<context>
    <name>guichet::MyDataPage</name>
    <message>
        <source>My data</source>
        <translation>Meine Daten</translation>
    </message>
    <message>
        <source>What the authentic sources hold about you. Administrations re-use it instead of asking you again. If something is wrong, ask the source for a correction.</source>
        <translation>Was die authentischen Quellen über Sie gespeichert haben. Die Verwaltungen verwenden diese Daten, statt Sie erneut danach zu fragen. Wenn etwas falsch ist, beantragen Sie bei der Quelle eine Berichtigung.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Berichtigung</translation>
    </message>
    <message>
        <source>Your data, by authentic source</source>
        <translation>Ihre Daten, nach authentischer Quelle</translation>
    </message>
    <message>
        <source>Request a &amp;correction…</source>
        <translation>&amp;Berichtigung beantragen…</translation>
    </message>
    <message>
        <source>Request a correction of the chosen item</source>
        <translation>Berichtigung der ausgewählten Angabe beantragen</translation>
    </message>
    <message>
        <source>My correction requests</source>
        <translation>Meine Berichtigungsanträge</translation>
    </message>
    <message>
        <source>You have not asked for any correction.</source>
        <translation>Sie haben keine Berichtigung beantragt.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Proposed value</source>
        <translation>Vorgeschlagener Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Authority&apos;s note</source>
        <translation>Anmerkung der Behörde</translation>
    </message>
    <message>
        <source>Cannot be corrected here</source>
        <translation>Hier nicht berichtigbar</translation>
    </message>
    <message>
        <source>%1 — held by %2, updated %3</source>
        <translation>%1 — geführt von %2, aktualisiert am %3</translation>
    </message>
    <message>
        <source>Choose an item to ask for its correction.</source>
        <translation>Wählen Sie eine Angabe, um ihre Berichtigung zu beantragen.</translation>
    </message>
    <message>
        <source>This item cannot be corrected through the portal. Contact the administration that holds it.</source>
        <translation>Diese Angabe kann nicht über das Portal berichtigt werden. Wenden Sie sich an die Verwaltung, die sie führt.</translation>
    </message>
    <message>
        <source>A correction of this item is already under way.</source>
        <translation>Eine Berichtigung dieser Angabe ist bereits in Bearbeitung.</translation>
    </message>
    <message>
        <source>Your request is saved on this computer. It is sent to %1 as soon as the portal can be reached.</source>
        <translation>Ihr Antrag ist auf diesem Computer gespeichert. Er wird an „%1“ gesendet, sobald das Portal erreichbar ist.</translation>
    </message>
    <message>
        <source>%1 — held by %2: not available at the moment</source>
        <translation>%1 — geführt von %2: derzeit nicht verfügbar</translation>
    </message>
    <message>
        <source>No data from the authentic sources yet. What the registers hold about you appears here after the next synchronisation.</source>
        <translation>Noch keine Daten aus den authentischen Quellen. Was die Register über Sie enthalten, erscheint hier nach der nächsten Synchronisierung.</translation>
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
        <source>No procedure has this status.</source>
        <translation>Kein Verfahren hat diesen Status.</translation>
    </message>
    <message>
        <source>You have not sent any procedure yet. Find one in the catalogue and start it online: it is followed here.</source>
        <translation>Sie haben noch kein Verfahren eingereicht. Suchen Sie eines im Katalog und starten Sie es online: Es wird hier verfolgt.</translation>
    </message>
    <message>
        <source>The dossier&apos;s progress</source>
        <translation>Der Fortschritt des Vorgangs</translation>
    </message>
</context>
<context>
    <name>guichet::NewMessageDialog</name>
    <message>
        <source>Write to an administration</source>
        <translation>An eine Verwaltung schreiben</translation>
    </message>
    <message>
        <source>Choose an administration</source>
        <translation>Wählen Sie eine Verwaltung</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Die Nachricht senden</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Choose an administration, then write a subject and a message first.</source>
        <translation>Wählen Sie zuerst eine Verwaltung und schreiben Sie dann einen Betreff und eine Nachricht.</translation>
    </message>
</context>
<context>
    <name>guichet::NoPortalPanel</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>Demo starten</translation>
    </message>
    <message>
        <source>Opens the application again in demo mode, with a simulated portal and a simulated identity card (PIN 123456).</source>
        <translation>Öffnet die Anwendung erneut im Demo-Modus, mit einem simulierten Portal und einem simulierten Personalausweis (PIN 123456).</translation>
    </message>
</context>
<context>
    <name>guichet::NoPortalSignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to the portal</source>
        <translation>Am Portal anmelden</translation>
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
    <name>guichet::NotificationSettingsPanel</name>
    <message>
        <source>a dossier has a new status</source>
        <translation>ein Vorgang einen neuen Status hat</translation>
    </message>
    <message>
        <source>an administration writes to me</source>
        <translation>eine Verwaltung mir schreibt</translation>
    </message>
    <message>
        <source>an administration consults my data</source>
        <translation>eine Verwaltung meine Daten abruft</translation>
    </message>
    <message>
        <source>a request is refused, or still not sent after an hour</source>
        <translation>ein Antrag abgelehnt wird oder nach einer Stunde noch nicht gesendet ist</translation>
    </message>
    <message>
        <source>a certificate of my card ends within 60 days</source>
        <translation>ein Zertifikat meiner Karte innerhalb von 60 Tagen abläuft</translation>
    </message>
    <message>
        <source>Name dossiers and administrations in notifications (they may be seen on the lock screen)</source>
        <translation>Vorgänge und Verwaltungen in Benachrichtigungen nennen (sie können auf dem Sperrbildschirm sichtbar sein)</translation>
    </message>
    <message>
        <source>Keep running in the notification area when the window is closed</source>
        <translation>Im Benachrichtigungsbereich weiterlaufen, wenn das Fenster geschlossen ist</translation>
    </message>
    <message>
        <source>Notifications and background</source>
        <translation>Benachrichtigungen und Hintergrund</translation>
    </message>
    <message>
        <source>Tell me when:</source>
        <translation>Mich benachrichtigen, wenn:</translation>
    </message>
    <message>
        <source>Start Guichet Desktop in the notification area when I log in</source>
        <translation>Guichet Desktop bei der Anmeldung im Benachrichtigungsbereich starten</translation>
    </message>
    <message>
        <source>This desktop has no notification area: closing the window ends the application.</source>
        <translation>Dieser Desktop hat keinen Benachrichtigungsbereich: Das Schließen des Fensters beendet die Anwendung.</translation>
    </message>
    <message>
        <source>Some of these choices are managed by your administrator.</source>
        <translation>Einige dieser Einstellungen werden von Ihrem Administrator verwaltet.</translation>
    </message>
</context>
<context>
    <name>guichet::NumberFieldEditor</name>
    <message>
        <source>Enter a number, for example %1.</source>
        <translation>Geben Sie eine Zahl ein, zum Beispiel %1.</translation>
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
    <message>
        <source>Enter the PUK (unblocking code) of your card to unblock its PIN.</source>
        <translation>Geben Sie den PUK (Entsperrcode) Ihrer Karte ein, um ihre PIN zu entsperren.</translation>
    </message>
    <message>
        <source>Last try: a wrong PUK now blocks it for good.</source>
        <translation>Letzter Versuch: Ein falscher PUK sperrt ihn endgültig.</translation>
    </message>
    <message numerus="yes">
        <source>%n PUK tries left of %1.</source>
        <translation>
            <numerusform>%n PUK-Versuch von %1 übrig.</numerusform>
            <numerusform>%n PUK-Versuche von %1 übrig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PUK tries left.</source>
        <translation>
            <numerusform>%n PUK-Versuch übrig.</numerusform>
            <numerusform>%n PUK-Versuche übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;UK:</source>
        <translation>P&amp;UK:</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>Type the same new PIN in both fields first.</source>
        <translation>Geben Sie zuerst in beide Felder dieselbe neue PIN ein.</translation>
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
    <message>
        <source>Enter the PUK and then your new PIN on the reader&apos;s keypad, and confirm on the reader.</source>
        <translation>Geben Sie den PUK und dann Ihre neue PIN auf der Tastatur des Lesegeräts ein und bestätigen Sie am Lesegerät.</translation>
    </message>
</context>
<context>
    <name>guichet::PortalSettingsPanel</name>
    <message>
        <source>Portal and network</source>
        <translation>Portal und Netzwerk</translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation>Portal&amp;adresse:</translation>
    </message>
    <message>
        <source>Extra &amp;certificate file:</source>
        <translation>Zusätzliche &amp;Zertifikatsdatei:</translation>
    </message>
    <message>
        <source>none (the system&apos;s certificates only)</source>
        <translation>keine (nur die Zertifikate des Systems)</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xyserver:</translation>
    </message>
    <message>
        <source>Proxy &amp;host and port:</source>
        <translation>Proxy-&amp;Host und Port:</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>Proxy-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy-&amp;Passwort:</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>&amp;Save portal settings</source>
        <translation>Portaleinstellungen spei&amp;chern</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>Die Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is checked against the trusted certificate authorities.</source>
        <translation>Das Zertifikat des Portals wird gegen die vertrauenswürdigen Zertifizierungsstellen geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>The portal&apos;s certificate must also carry one of the %n key(s) your administrator pinned.</source>
        <translation>
            <numerusform>Das Zertifikat des Portals muss außerdem den Schlüssel tragen, den Ihre Verwaltung festgelegt hat.</numerusform>
            <numerusform>Das Zertifikat des Portals muss außerdem einen der %n Schlüssel tragen, die Ihre Verwaltung festgelegt hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes apply the next time you start the application.</source>
        <translation>Änderungen gelten ab dem nächsten Start der Anwendung.</translation>
    </message>
    <message>
        <source>Some of these values are managed by your administrator. Changes apply the next time you start the application.</source>
        <translation>Einige dieser Werte werden von Ihrer Verwaltung festgelegt. Änderungen gelten ab dem nächsten Start der Anwendung.</translation>
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
    <message>
        <source>You need your identity card (or a LuxTrust product) and a card reader to do this procedure online.</source>
        <translation>Für dieses Online-Verfahren benötigen Sie Ihren Personalausweis (oder ein LuxTrust-Produkt) und einen Kartenleser.</translation>
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
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Ä&amp;ndern…</translation>
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
    <message>
        <source>Signed in without a connection as %1: you see the copy kept on this computer. Sign out and in again once the portal can be reached to bring it up to date.</source>
        <translation>Ohne Verbindung angemeldet als %1: Sie sehen die auf diesem Computer gespeicherte Kopie. Melden Sie sich ab und wieder an, sobald das Portal erreichbar ist, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>You are already signed in.</source>
        <translation>Sie sind bereits angemeldet.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Insert your identity card or signing stick first.</source>
        <translation>Stecken Sie zuerst Ihren Personalausweis oder Ihren Signatur-Stick ein.</translation>
    </message>
</context>
<context>
    <name>guichet::SpaceSwitcher</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Verwalter</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Leser</translation>
    </message>
    <message>
        <source>You are a viewer in this space: you can read its content, but only its administrators and managers can submit forms or upload documents.</source>
        <translation>Sie sind in diesem Bereich Leser: Sie können seinen Inhalt lesen, aber nur Administratoren und Verwalter können Formulare einreichen oder Dokumente hochladen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your role: %1</source>
        <translation>Ihre Rolle: %1</translation>
    </message>
    <message>
        <source>Current space</source>
        <translation>Aktueller Bereich</translation>
    </message>
    <message>
        <source>The private space or the company space whose procedures, documents and forms are shown</source>
        <translation>Der private Bereich oder der Unternehmensbereich, dessen Verfahren, Dokumente und Formulare angezeigt werden</translation>
    </message>
    <message>
        <source>S&amp;pace:</source>
        <translation>Be&amp;reich:</translation>
    </message>
</context>
<context>
    <name>guichet::StartPanel</name>
    <message>
        <source>How to start</source>
        <translation>So beginnen Sie</translation>
    </message>
    <message>
        <source>Sign in with your card</source>
        <translation>Mit Ihrer Karte anmelden</translation>
    </message>
    <message>
        <source>Put your identity card or LuxTrust token in the reader, then sign in with your PIN. Your procedures, messages and documents then appear here.</source>
        <translation>Stecken Sie Ihren Personalausweis oder Ihr LuxTrust-Token in das Lesegerät und melden Sie sich mit Ihrer PIN an. Ihre Verfahren, Nachrichten und Dokumente erscheinen dann hier.</translation>
    </message>
    <message>
        <source>Find a procedure</source>
        <translation>Ein Verfahren finden</translation>
    </message>
    <message>
        <source>Read what each procedure asks for; some can be done without a card.</source>
        <translation>Lesen Sie, was jedes Verfahren verlangt; manche gehen auch ohne Karte.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Die Demo ausprobieren</translation>
    </message>
    <message>
        <source>The application opens again with a simulated portal and a simulated card (PIN 123456): everything can be tried without touching real data.</source>
        <translation>Die Anwendung öffnet sich erneut mit einem simulierten Portal und einer simulierten Karte (PIN 123456): Alles lässt sich ausprobieren, ohne echte Daten zu berühren.</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>Ihre Karte</translation>
    </message>
</context>
<context>
    <name>guichet::StatusChip</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>guichet::SubmitterContactDialog</name>
    <message>
        <source>Who is submitting</source>
        <translation>Wer das Formular einreicht</translation>
    </message>
    <message>
        <source>You are not signed in with a card, so the administration knows you only by what you enter here. It will answer you at this e-mail address.</source>
        <translation>Sie sind nicht mit einer Karte angemeldet, daher kennt die Verwaltung Sie nur durch Ihre Angaben hier. Sie antwortet Ihnen an diese E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>e.g. PT</source>
        <translation>z. B. PT</translation>
    </message>
    <message>
        <source>&amp;Given name (required)</source>
        <translation>&amp;Vorname (Pflichtangabe)</translation>
    </message>
    <message>
        <source>S&amp;urname (required)</source>
        <translation>&amp;Nachname (Pflichtangabe)</translation>
    </message>
    <message>
        <source>&amp;E-mail (required)</source>
        <translation>&amp;E-Mail (Pflichtangabe)</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>&amp;Nationality (two-letter country code)</source>
        <translation>&amp;Staatsangehörigkeit (zweistelliger Ländercode)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>Ein&amp;reichen</translation>
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
<context>
    <name>guichet::ThreadView</name>
    <message>
        <source>Choose a conversation to read it.</source>
        <translation>Wählen Sie eine Unterhaltung, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation>Nachrichten der Unterhaltung</translation>
    </message>
    <message>
        <source>This conversation is closed: the administration no longer accepts messages in it. Write a new message to the administration instead.</source>
        <translation>Diese Unterhaltung ist geschlossen: Die Verwaltung nimmt darin keine Nachrichten mehr an. Schreiben Sie der Verwaltung stattdessen eine neue Nachricht.</translation>
    </message>
    <message>
        <source>Your &amp;reply:</source>
        <translation>Ihre &amp;Antwort:</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>&amp;Send the reply</source>
        <translation>Antwort &amp;senden</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Die Antwort senden</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Vorgang %1</translation>
    </message>
</context>
<context>
    <name>guichet::TrayPresence</name>
    <message>
        <source>Guichet Desktop: keeps your space up to date</source>
        <translation>Guichet Desktop: hält Ihren Bereich aktuell</translation>
    </message>
    <message>
        <source>&amp;Open Guichet Desktop</source>
        <translation>Guichet Desktop ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>guichet::forms::PortalFormGateway</name>
    <message>
        <source>Correction proposed while filling in a form.</source>
        <translation>Berichtigung beim Ausfüllen eines Formulars vorgeschlagen.</translation>
    </message>
</context>
</TS>
