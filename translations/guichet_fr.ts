<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutPage</name>
    <message>
        <source>This application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows, text and network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption and certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Guichet Desktop is already running: its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Error code: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <source>The requested language is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of fr (French), de (German) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet Desktop is already running but does not respond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other Guichet Desktop window, or end it from the task manager, then start the application again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet Desktop cannot check whether it is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go on working. Avoid starting the application twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command line is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run guichet --help to see the options that are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screenshots could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you are allowed to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screen is available to show the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the application from a desktop session, or use --screenshots FOLDER to save pictures of its pages instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was kept aside and default settings are used. Check your settings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting is managed by your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator if it needs to be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that your home folder is not full and that you may write to it. Changes apply until you close the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting has a value that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default value is used instead. Check your settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or choose another data folder in the settings. Nothing is saved until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application works normally; only the log for help-desk staff is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it happens again, contact the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet</name>
    <message>
        <source>Guichet Desktop: do your administrative procedures in Luxembourg with your identity card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface: fr, de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pictures of the main pages in every language to &lt;folder&gt; and exit (works without a display).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::AboutPage</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Guichet Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop client for MyGuichet.lu, the administrative one-stop shop of Luxembourg. It is not an official product of the State.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence of Guichet Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::HomePage</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Guichet Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do your administrative procedures in Luxembourg from your own computer: sign in with your identity card or LuxTrust token, fill in forms that are already completed with what the administrations know about you, sign them on your card and follow their progress. Your personal space stays available on this computer, encrypted, even without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ready)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be written: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available (messages go to the terminal only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::MainWindow</name>
    <message>
        <source>Guichet Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code for the help desk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::SettingsPage</name>
    <message>
        <source>Choose the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data, documents and logs are kept here, one folder per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new folder is used the next time you start the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed (for the help desk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
