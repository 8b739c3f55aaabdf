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
</context>
</TS>
