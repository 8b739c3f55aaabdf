<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>This application</source>
        <translation>This application</translation>
    </message>
    <message>
        <source>Windows, text and network</source>
        <translation>Windows, text and network</translation>
    </message>
    <message>
        <source>Encryption and certificates</source>
        <translation>Encryption and certificates</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Guichet Desktop is already running: its window was brought to the front.</source>
        <translation>Guichet Desktop is already running: its window was brought to the front.</translation>
    </message>
    <message>
        <source>Guichet Desktop</source>
        <translation>Guichet Desktop</translation>
    </message>
    <message>
        <source>%1

Error code: %2</source>
        <translation>%1

Error code: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Guichet Desktop: do your administrative procedures in Luxembourg with your identity card.</source>
        <translation>Guichet Desktop: do your administrative procedures in Luxembourg with your identity card.</translation>
    </message>
    <message>
        <source>Language of the interface: fr, de or en.</source>
        <translation>Language of the interface: fr, de or en.</translation>
    </message>
    <message>
        <source>Save pictures of the main pages in every language to &lt;folder&gt; and exit (works without a display).</source>
        <translation>Save pictures of the main pages in every language to &lt;folder&gt; and exit (works without a display).</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <source>The requested language is not available.</source>
        <translation>The requested language is not available.</translation>
    </message>
    <message>
        <source>Choose one of fr (French), de (German) or en (English).</source>
        <translation>Choose one of fr (French), de (German) or en (English).</translation>
    </message>
    <message>
        <source>Guichet Desktop is already running but does not respond.</source>
        <translation>Guichet Desktop is already running but does not respond.</translation>
    </message>
    <message>
        <source>Close the other Guichet Desktop window, or end it from the task manager, then start the application again.</source>
        <translation>Close the other Guichet Desktop window, or end it from the task manager, then start the application again.</translation>
    </message>
    <message>
        <source>Guichet Desktop cannot check whether it is already running.</source>
        <translation>Guichet Desktop cannot check whether it is already running.</translation>
    </message>
    <message>
        <source>You can go on working. Avoid starting the application twice.</source>
        <translation>You can go on working. Avoid starting the application twice.</translation>
    </message>
    <message>
        <source>The command line is not valid.</source>
        <translation>The command line is not valid.</translation>
    </message>
    <message>
        <source>Run guichet --help to see the options that are accepted.</source>
        <translation>Run guichet --help to see the options that are accepted.</translation>
    </message>
    <message>
        <source>The screenshots could not be saved.</source>
        <translation>The screenshots could not be saved.</translation>
    </message>
    <message>
        <source>Choose a folder you are allowed to write to.</source>
        <translation>Choose a folder you are allowed to write to.</translation>
    </message>
    <message>
        <source>No screen is available to show the window.</source>
        <translation>No screen is available to show the window.</translation>
    </message>
    <message>
        <source>Start the application from a desktop session, or use --screenshots FOLDER to save pictures of its pages instead.</source>
        <translation>Start the application from a desktop session, or use --screenshots FOLDER to save pictures of its pages instead.</translation>
    </message>
    <message>
        <source>Your settings file is damaged.</source>
        <translation>Your settings file is damaged.</translation>
    </message>
    <message>
        <source>The damaged file was kept aside and default settings are used. Check your settings again.</source>
        <translation>The damaged file was kept aside and default settings are used. Check your settings again.</translation>
    </message>
    <message>
        <source>This setting is managed by your administrator.</source>
        <translation>This setting is managed by your administrator.</translation>
    </message>
    <message>
        <source>Ask your administrator if it needs to be changed.</source>
        <translation>Ask your administrator if it needs to be changed.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved.</source>
        <translation>Your settings cannot be saved.</translation>
    </message>
    <message>
        <source>Check that your home folder is not full and that you may write to it. Changes apply until you close the application.</source>
        <translation>Check that your home folder is not full and that you may write to it. Changes apply until you close the application.</translation>
    </message>
    <message>
        <source>A setting has a value that is not allowed.</source>
        <translation>A setting has a value that is not allowed.</translation>
    </message>
    <message>
        <source>The default value is used instead. Check your settings.</source>
        <translation>The default value is used instead. Check your settings.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to.</source>
        <translation>The data folder cannot be written to.</translation>
    </message>
    <message>
        <source>Free some disk space or choose another data folder in the settings. Nothing is saved until then.</source>
        <translation>Free some disk space or choose another data folder in the settings. Nothing is saved until then.</translation>
    </message>
    <message>
        <source>The log file cannot be written.</source>
        <translation>The log file cannot be written.</translation>
    </message>
    <message>
        <source>The application works normally; only the log for help-desk staff is missing.</source>
        <translation>The application works normally; only the log for help-desk staff is missing.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, contact the help desk.</source>
        <translation>Try again. If it happens again, contact the help desk.</translation>
    </message>
</context>
<context>
    <name>guichet::AboutPage</name>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>About Guichet Desktop</source>
        <translation>About Guichet Desktop</translation>
    </message>
    <message>
        <source>A desktop client for MyGuichet.lu, the administrative one-stop shop of Luxembourg. It is not an official product of the State.</source>
        <translation>A desktop client for MyGuichet.lu, the administrative one-stop shop of Luxembourg. It is not an official product of the State.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Licence of Guichet Desktop</source>
        <translation>Licence of Guichet Desktop</translation>
    </message>
</context>
<context>
    <name>guichet::HomePage</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Welcome to Guichet Desktop</source>
        <translation>Welcome to Guichet Desktop</translation>
    </message>
    <message>
        <source>Do your administrative procedures in Luxembourg from your own computer: sign in with your identity card or LuxTrust token, fill in forms that are already completed with what the administrations know about you, sign them on your card and follow their progress. Your personal space stays available on this computer, encrypted, even without a connection.</source>
        <translation>Do your administrative procedures in Luxembourg from your own computer: sign in with your identity card or LuxTrust token, fill in forms that are already completed with what the administrations know about you, sign them on your card and follow their progress. Your personal space stays available on this computer, encrypted, even without a connection.</translation>
    </message>
    <message>
        <source>State of the application</source>
        <translation>State of the application</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Today:</source>
        <translation>Today:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <source>%1 (ready)</source>
        <translation>%1 (ready)</translation>
    </message>
    <message>
        <source>%1 (cannot be written: %2)</source>
        <translation>%1 (cannot be written: %2)</translation>
    </message>
    <message>
        <source>not available (messages go to the terminal only)</source>
        <translation>not available (messages go to the terminal only)</translation>
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
        <translation>Main navigation</translation>
    </message>
</context>
<context>
    <name>guichet::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Error code for the help desk: %1</source>
        <translation>Error code for the help desk: %1</translation>
    </message>
</context>
<context>
    <name>guichet::SettingsPage</name>
    <message>
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Log &amp;detail:</source>
        <translation>Log &amp;detail:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Log detail</source>
        <translation>Log detail</translation>
    </message>
    <message>
        <source>Your data, documents and logs are kept here, one folder per person.</source>
        <translation>Your data, documents and logs are kept here, one folder per person.</translation>
    </message>
    <message>
        <source>The new folder is used the next time you start the application.</source>
        <translation>The new folder is used the next time you start the application.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Settings file: %1</translation>
    </message>
    <message>
        <source>Managed by your administrator.</source>
        <translation>Managed by your administrator.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>System language (%1)</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Problems only</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Detailed (for the help desk)</source>
        <translation>Detailed (for the help desk)</translation>
    </message>
</context>
</TS>
