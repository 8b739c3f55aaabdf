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
    <name>AccessibleNames</name>
    <message>
        <source>Scroll %1 up or down</source>
        <translation>Scroll %1 up or down</translation>
    </message>
    <message>
        <source>Scroll %1 sideways</source>
        <translation>Scroll %1 sideways</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Days of the month</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>AnswerDisplay</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerText</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
    <name>Attention</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1, %2 and others</source>
        <translation>%1, %2 and others</translation>
    </message>
    <message>
        <source>Reference %1 — answer by %2</source>
        <translation>Reference %1 — answer by %2</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Reference %1</translation>
    </message>
    <message>
        <source>Information requested: %1</source>
        <translation>Information requested: %1</translation>
    </message>
    <message>
        <source>The certificate on your card expired on %1</source>
        <translation>The certificate on your card expired on %1</translation>
    </message>
    <message>
        <source>The certificate on your card expires on %1</source>
        <translation>The certificate on your card expires on %1</translation>
    </message>
    <message>
        <source>Without a valid certificate you can no longer sign in or sign. Ask for a new card or token in good time.</source>
        <translation>Without a valid certificate you can no longer sign in or sign. Ask for a new card or token in good time.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) refused by the portal</source>
        <translation>
            <numerusform>%n request refused by the portal</numerusform>
            <numerusform>%n requests refused by the portal</numerusform>
        </translation>
    </message>
    <message>
        <source>Read why, then correct and send again or remove it.</source>
        <translation>Read why, then correct and send again or remove it.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) moved on</source>
        <translation>
            <numerusform>%n procedure moved on</numerusform>
            <numerusform>%n procedures moved on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new access(es) to your data</source>
        <translation>
            <numerusform>%n new access to your data</numerusform>
            <numerusform>%n new accesses to your data</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting to be sent</source>
        <translation>
            <numerusform>%n request waiting to be sent</numerusform>
            <numerusform>%n requests waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave on their own as soon as the portal can be reached; nothing is lost meanwhile.</source>
        <translation>They leave on their own as soon as the portal can be reached; nothing is lost meanwhile.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not sent yet</source>
        <translation>
            <numerusform>%n draft not sent yet</numerusform>
            <numerusform>%n drafts not sent yet</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest: %1</source>
        <translation>The latest: %1</translation>
    </message>
</context>
<context>
    <name>CardProfile</name>
    <message>
        <source>Luxembourg identity card (2014 model)</source>
        <translation>Luxembourg identity card (2014 model)</translation>
    </message>
    <message>
        <source>Luxembourg identity card (2021 model)</source>
        <translation>Luxembourg identity card (2021 model)</translation>
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
        <translation>Simulated identity card</translation>
    </message>
    <message>
        <source>Simulated LuxTrust Signing Stick</source>
        <translation>Simulated LuxTrust Signing Stick</translation>
    </message>
</context>
<context>
    <name>CardTexts</name>
    <message>
        <source>Card not recognised (used through %1)</source>
        <translation>Card not recognised (used through %1)</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN blocked</translation>
    </message>
    <message>
        <source>Last try before the PIN is blocked</source>
        <translation>Last try before the PIN is blocked</translation>
    </message>
    <message>
        <source>A wrong PIN was entered since the last right one</source>
        <translation>A wrong PIN was entered since the last right one</translation>
    </message>
    <message numerus="yes">
        <source>PIN ready, %n tries left</source>
        <translation>
            <numerusform>PIN ready, %n try left</numerusform>
            <numerusform>PIN ready, %n tries left</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN ready</source>
        <translation>PIN ready</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign documents</source>
        <translation>Sign documents</translation>
    </message>
    <message>
        <source>Other use</source>
        <translation>Other use</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Expired on %1</translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation>Not valid before %1</translation>
    </message>
    <message>
        <source>Card: %1 (PIN blocked)</source>
        <translation>Card: %1 (PIN blocked)</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Card: %1</translation>
    </message>
    <message>
        <source>Looking for card readers…</source>
        <translation>Looking for card readers…</translation>
    </message>
    <message>
        <source>The card is not recognised</source>
        <translation>The card is not recognised</translation>
    </message>
    <message>
        <source>Issued by a trusted authority</source>
        <translation>Issued by a trusted authority</translation>
    </message>
    <message>
        <source>Not checked (no trusted root certificates set)</source>
        <translation>Not checked (no trusted root certificates set)</translation>
    </message>
    <message>
        <source>Where to get it: the LuxTrust Middleware, from LuxTrust&apos;s website, works with LuxTrust cards and sticks and with the Luxembourg identity card. On Linux, OpenSC (package opensc) supports some of these cards too.</source>
        <translation>Where to get it: the LuxTrust Middleware, from LuxTrust&apos;s website, works with LuxTrust cards and sticks and with the Luxembourg identity card. On Linux, OpenSC (package opensc) supports some of these cards too.</translation>
    </message>
    <message>
        <source>%1: its software is not installed</source>
        <translation>%1: its software is not installed</translation>
    </message>
    <message>
        <source>%1: the card software does not see it</source>
        <translation>%1: the card software does not see it</translation>
    </message>
    <message>
        <source>The PIN of an identity card is unblocked with the PUK code from the letter you received with the card, through the CTIE&apos;s procedure: go to your commune or to the CTIE with the card and that letter. It cannot be unblocked in this application.</source>
        <translation>The PIN of an identity card is unblocked with the PUK code from the letter you received with the card, through the CTIE&apos;s procedure: go to your commune or to the CTIE with the card and that letter. It cannot be unblocked in this application.</translation>
    </message>
    <message>
        <source>The PIN of a LuxTrust device is unblocked on LuxTrust&apos;s own portal; if you cannot do it there, contact LuxTrust&apos;s support. It cannot be unblocked in this application.</source>
        <translation>The PIN of a LuxTrust device is unblocked on LuxTrust&apos;s own portal; if you cannot do it there, contact LuxTrust&apos;s support. It cannot be unblocked in this application.</translation>
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
    <message>
        <source>Demo and training mode: use a simulated identity card (PIN 123456) instead of a real one.</source>
        <translation>Demo and training mode: use a simulated identity card (PIN 123456) instead of a real one.</translation>
    </message>
    <message>
        <source>Demo mode: whose simulated card is inserted: marie-schmit (citizen, the default), luc-weber (business user with a signing stick) or paul-hoffmann.</source>
        <translation>Demo mode: whose simulated card is inserted: marie-schmit (citizen, the default), luc-weber (business user with a signing stick) or paul-hoffmann.</translation>
    </message>
    <message>
        <source>Address of the portal for this run (https://...), instead of the one in Settings.</source>
        <translation>Address of the portal for this run (https://...), instead of the one in Settings.</translation>
    </message>
    <message>
        <source>PEM file of further certificate authorities trusted for the portal in this run (added to the system&apos;s).</source>
        <translation>PEM file of further certificate authorities trusted for the portal in this run (added to the system&apos;s).</translation>
    </message>
    <message>
        <source>Explain an error code (for example NET-004): what it means and what to do, then exit (works without a display).</source>
        <translation>Explain an error code (for example NET-004): what it means and what to do, then exit (works without a display).</translation>
    </message>
    <message>
        <source>Check the smart card service, readers, card, certificates, portal connection, keychain and local data, print what was found, then exit (works without a display). The exit code is 0 when all is well, 3 for a warning, 4 for a failure.</source>
        <translation>Check the smart card service, readers, card, certificates, portal connection, keychain and local data, print what was found, then exit (works without a display). The exit code is 0 when all is well, 3 for a warning, 4 for a failure.</translation>
    </message>
    <message>
        <source>With --diagnose: print the report as JSON (docs/diagnostics-schema.json).</source>
        <translation>With --diagnose: print the report as JSON (docs/diagnostics-schema.json).</translation>
    </message>
    <message>
        <source>Demo mode: start in a training scenario that fails like the real thing (portal-unreachable, portal-503, slow-network, clock-ten-minutes-off, pin-one-try-left, pin-blocked).</source>
        <translation>Demo mode: start in a training scenario that fails like the real thing (portal-unreachable, portal-503, slow-network, clock-ten-minutes-off, pin-one-try-left, pin-blocked).</translation>
    </message>
    <message>
        <source>Start in the notification area without opening the window (used when starting at login; the window opens where the desktop has no notification area).</source>
        <translation>Start in the notification area without opening the window (used when starting at login; the window opens where the desktop has no notification area).</translation>
    </message>
    <message>
        <source>Look of the window for this run: light, dark or high-contrast (instead of the one in Settings).</source>
        <translation>Look of the window for this run: light, dark or high-contrast (instead of the one in Settings).</translation>
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
        <translation>VAT %1</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Smart card service (PC/SC)</source>
        <translation>Smart card service (PC/SC)</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>Card readers</translation>
    </message>
    <message>
        <source>Card in the reader</source>
        <translation>Card in the reader</translation>
    </message>
    <message>
        <source>Card middleware (PKCS#11 modules)</source>
        <translation>Card middleware (PKCS#11 modules)</translation>
    </message>
    <message>
        <source>Card or signing stick</source>
        <translation>Card or signing stick</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Portal settings</source>
        <translation>Portal settings</translation>
    </message>
    <message>
        <source>Portal name lookup (DNS)</source>
        <translation>Portal name lookup (DNS)</translation>
    </message>
    <message>
        <source>Connection to the portal</source>
        <translation>Connection to the portal</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Secure connection (TLS)</translation>
    </message>
    <message>
        <source>Portal answer</source>
        <translation>Portal answer</translation>
    </message>
    <message>
        <source>Computer clock</source>
        <translation>Computer clock</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>System keychain</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Local data</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Guichet Desktop diagnostics, %1</source>
        <translation>Guichet Desktop diagnostics, %1</translation>
    </message>
    <message>
        <source>Look here first: %1</source>
        <translation>Look here first: %1</translation>
    </message>
    <message>
        <source>Every layer that was checked is OK.</source>
        <translation>Every layer that was checked is OK.</translation>
    </message>
</context>
<context>
    <name>DisabledReason</name>
    <message>
        <source>Choose an item in the list first.</source>
        <translation>Choose an item in the list first.</translation>
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
    <message>
        <source>The smart card service is not running.</source>
        <translation>The smart card service is not running.</translation>
    </message>
    <message>
        <source>Start the smart card service (pcscd on Linux, &quot;Smart Card&quot; on Windows) or restart the computer. The application notices when it is back.</source>
        <translation>Start the smart card service (pcscd on Linux, &quot;Smart Card&quot; on Windows) or restart the computer. The application notices when it is back.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>No card reader is connected.</translation>
    </message>
    <message>
        <source>Connect your card reader or signing stick. If it is connected, try another USB port.</source>
        <translation>Connect your card reader or signing stick. If it is connected, try another USB port.</translation>
    </message>
    <message>
        <source>There is no card in the reader.</source>
        <translation>There is no card in the reader.</translation>
    </message>
    <message>
        <source>Insert your identity card or LuxTrust card in the reader, chip first.</source>
        <translation>Insert your identity card or LuxTrust card in the reader, chip first.</translation>
    </message>
    <message>
        <source>The card was removed during the operation.</source>
        <translation>The card was removed during the operation.</translation>
    </message>
    <message>
        <source>Insert the card again and repeat the operation. Nothing was signed.</source>
        <translation>Insert the card again and repeat the operation. Nothing was signed.</translation>
    </message>
    <message>
        <source>This card is not supported.</source>
        <translation>This card is not supported.</translation>
    </message>
    <message>
        <source>Use a Luxembourg identity card, a LuxTrust card or signing stick, or ask your administrator to configure a PKCS#11 module for this card.</source>
        <translation>Use a Luxembourg identity card, a LuxTrust card or signing stick, or ask your administrator to configure a PKCS#11 module for this card.</translation>
    </message>
    <message>
        <source>The card reader is being used by another application.</source>
        <translation>The card reader is being used by another application.</translation>
    </message>
    <message>
        <source>Close the other application that uses the card (for example a browser signing extension), then try again.</source>
        <translation>Close the other application that uses the card (for example a browser signing extension), then try again.</translation>
    </message>
    <message>
        <source>The card does not respond.</source>
        <translation>The card does not respond.</translation>
    </message>
    <message>
        <source>Take the card out, clean the chip, insert it again. If it keeps failing, the card may be damaged.</source>
        <translation>Take the card out, clean the chip, insert it again. If it keeps failing, the card may be damaged.</translation>
    </message>
    <message>
        <source>The card reader is no longer available.</source>
        <translation>The card reader is no longer available.</translation>
    </message>
    <message>
        <source>Check the reader&apos;s cable, unplug it and plug it in again.</source>
        <translation>Check the reader&apos;s cable, unplug it and plug it in again.</translation>
    </message>
    <message>
        <source>The card gave an answer the application does not understand.</source>
        <translation>The card gave an answer the application does not understand.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again. If it happens again, contact the help desk with the error code.</source>
        <translation>Take the card out and insert it again. If it happens again, contact the help desk with the error code.</translation>
    </message>
    <message>
        <source>The card operation was cancelled.</source>
        <translation>The card operation was cancelled.</translation>
    </message>
    <message>
        <source>Start the operation again when you are ready.</source>
        <translation>Start the operation again when you are ready.</translation>
    </message>
    <message>
        <source>The card reader did not answer in time.</source>
        <translation>The card reader did not answer in time.</translation>
    </message>
    <message>
        <source>Try again. If the reader has a keypad, type your PIN on it without waiting too long.</source>
        <translation>Try again. If the reader has a keypad, type your PIN on it without waiting too long.</translation>
    </message>
    <message>
        <source>The card reader reported an error.</source>
        <translation>The card reader reported an error.</translation>
    </message>
    <message>
        <source>Unplug the reader and plug it in again, then try again. Updating the reader&apos;s driver may help.</source>
        <translation>Unplug the reader and plug it in again, then try again. Updating the reader&apos;s driver may help.</translation>
    </message>
    <message>
        <source>The PIN could not be entered on the reader&apos;s keypad.</source>
        <translation>The PIN could not be entered on the reader&apos;s keypad.</translation>
    </message>
    <message>
        <source>Try again, or turn off the use of the keypad in the settings to type the PIN on the computer.</source>
        <translation>Try again, or turn off the use of the keypad in the settings to type the PIN on the computer.</translation>
    </message>
    <message>
        <source>The software for this card is not installed or cannot be started.</source>
        <translation>The software for this card is not installed or cannot be started.</translation>
    </message>
    <message>
        <source>Install the card&apos;s middleware (for example the LuxTrust or Gemalto software, or OpenSC) or set its path in the settings.</source>
        <translation>Install the card&apos;s middleware (for example the LuxTrust or Gemalto software, or OpenSC) or set its path in the settings.</translation>
    </message>
    <message>
        <source>The software for this card does not work as expected.</source>
        <translation>The software for this card does not work as expected.</translation>
    </message>
    <message>
        <source>Reinstall or update the card&apos;s middleware. Contact the help desk if it keeps failing.</source>
        <translation>Reinstall or update the card&apos;s middleware. Contact the help desk if it keeps failing.</translation>
    </message>
    <message>
        <source>The card is not visible to its software.</source>
        <translation>The card is not visible to its software.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again. If you use a signing stick, plug it in again.</source>
        <translation>Take the card out and insert it again. If you use a signing stick, plug it in again.</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation>The PIN is wrong.</translation>
    </message>
    <message>
        <source>Type the PIN again carefully. The number of tries left is shown before each entry.</source>
        <translation>Type the PIN again carefully. The number of tries left is shown before each entry.</translation>
    </message>
    <message>
        <source>The PIN is blocked.</source>
        <translation>The PIN is blocked.</translation>
    </message>
    <message>
        <source>Unblock it with your PUK code, or ask the issuer of the card (the commune for an identity card, LuxTrust for a LuxTrust product).</source>
        <translation>Unblock it with your PUK code, or ask the issuer of the card (the commune for an identity card, LuxTrust for a LuxTrust product).</translation>
    </message>
    <message>
        <source>The PIN does not have the expected form.</source>
        <translation>The PIN does not have the expected form.</translation>
    </message>
    <message>
        <source>Check the length of your PIN and that it contains only digits.</source>
        <translation>Check the length of your PIN and that it contains only digits.</translation>
    </message>
    <message>
        <source>The card or signing stick was removed.</source>
        <translation>The card or signing stick was removed.</translation>
    </message>
    <message>
        <source>Insert it again and repeat the operation. Nothing was signed.</source>
        <translation>Insert it again and repeat the operation. Nothing was signed.</translation>
    </message>
    <message>
        <source>The certificate or its key was not found on the card.</source>
        <translation>The certificate or its key was not found on the card.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again. If it keeps failing, the card may need to be renewed.</source>
        <translation>Take the card out and insert it again. If it keeps failing, the card may need to be renewed.</translation>
    </message>
    <message>
        <source>The card cannot make this kind of signature.</source>
        <translation>The card cannot make this kind of signature.</translation>
    </message>
    <message>
        <source>Use another certificate or card, or contact the help desk.</source>
        <translation>Use another certificate or card, or contact the help desk.</translation>
    </message>
    <message>
        <source>The card&apos;s software reported an error.</source>
        <translation>The card&apos;s software reported an error.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again, then try again. Contact the help desk if it keeps failing.</source>
        <translation>Take the card out and insert it again, then try again. Contact the help desk if it keeps failing.</translation>
    </message>
    <message>
        <source>The PIN entry was cancelled.</source>
        <translation>The PIN entry was cancelled.</translation>
    </message>
    <message>
        <source>Start again when you are ready. Nothing was signed.</source>
        <translation>Start again when you are ready. Nothing was signed.</translation>
    </message>
    <message>
        <source>The new PIN was not accepted.</source>
        <translation>The new PIN was not accepted.</translation>
    </message>
    <message>
        <source>Choose a new PIN that follows the rules shown and type it twice the same way.</source>
        <translation>Choose a new PIN that follows the rules shown and type it twice the same way.</translation>
    </message>
    <message>
        <source>The certificate on the card cannot be read.</source>
        <translation>The certificate on the card cannot be read.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again. If it keeps failing, contact the help desk.</source>
        <translation>Take the card out and insert it again. If it keeps failing, contact the help desk.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>The certificate has expired.</translation>
    </message>
    <message>
        <source>Renew your card or certificate (the commune for an identity card, LuxTrust for LuxTrust products).</source>
        <translation>Renew your card or certificate (the commune for an identity card, LuxTrust for LuxTrust products).</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>The certificate is not valid yet.</translation>
    </message>
    <message>
        <source>Check the date and time of your computer. A new certificate may take a few hours to become valid.</source>
        <translation>Check the date and time of your computer. A new certificate may take a few hours to become valid.</translation>
    </message>
    <message>
        <source>The certificate was not issued by a trusted authority.</source>
        <translation>The certificate was not issued by a trusted authority.</translation>
    </message>
    <message>
        <source>Use a card from a recognised issuer, or ask your administrator to add the issuer&apos;s root certificate.</source>
        <translation>Use a card from a recognised issuer, or ask your administrator to add the issuer&apos;s root certificate.</translation>
    </message>
    <message>
        <source>This certificate cannot be used for this operation.</source>
        <translation>This certificate cannot be used for this operation.</translation>
    </message>
    <message>
        <source>Choose the other certificate of your card: one is for signing in, the other for signing documents.</source>
        <translation>Choose the other certificate of your card: one is for signing in, the other for signing documents.</translation>
    </message>
    <message>
        <source>The document could not be prepared for signing.</source>
        <translation>The document could not be prepared for signing.</translation>
    </message>
    <message>
        <source>The portal refused your card: its certificate has expired.</source>
        <translation>The portal refused your card: its certificate has expired.</translation>
    </message>
    <message>
        <source>Renew your card or certificate, and check the date and time of your computer.</source>
        <translation>Renew your card or certificate, and check the date and time of your computer.</translation>
    </message>
    <message>
        <source>The portal refused your card: its certificate is not valid yet.</source>
        <translation>The portal refused your card: its certificate is not valid yet.</translation>
    </message>
    <message>
        <source>Check the date and time of your computer, or try again later.</source>
        <translation>Check the date and time of your computer, or try again later.</translation>
    </message>
    <message>
        <source>The portal refused the certificate: it is not the one for signing in.</source>
        <translation>The portal refused the certificate: it is not the one for signing in.</translation>
    </message>
    <message>
        <source>Sign in with the authentication certificate of your card.</source>
        <translation>Sign in with the authentication certificate of your card.</translation>
    </message>
    <message>
        <source>The portal does not recognise the issuer of your card.</source>
        <translation>The portal does not recognise the issuer of your card.</translation>
    </message>
    <message>
        <source>Use a Luxembourg identity card or a LuxTrust product. Contact the help desk if yours is one.</source>
        <translation>Use a Luxembourg identity card or a LuxTrust product. Contact the help desk if yours is one.</translation>
    </message>
    <message>
        <source>The sign-in attempt was refused because it was not fresh.</source>
        <translation>The sign-in attempt was refused because it was not fresh.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Sign in again.</translation>
    </message>
    <message>
        <source>The sign-in took too long.</source>
        <translation>The sign-in took too long.</translation>
    </message>
    <message>
        <source>Sign in again and enter your PIN without waiting too long.</source>
        <translation>Sign in again and enter your PIN without waiting too long.</translation>
    </message>
    <message>
        <source>The sign-in was meant for another site.</source>
        <translation>The sign-in was meant for another site.</translation>
    </message>
    <message>
        <source>Check the portal address in the settings, then sign in again.</source>
        <translation>Check the portal address in the settings, then sign in again.</translation>
    </message>
    <message>
        <source>The portal could not check the signature of your card.</source>
        <translation>The portal could not check the signature of your card.</translation>
    </message>
    <message>
        <source>Sign in again. If it happens again, contact the help desk.</source>
        <translation>Sign in again. If it happens again, contact the help desk.</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>Your session has ended.</translation>
    </message>
    <message>
        <source>Sign in again with your card.</source>
        <translation>Sign in again with your card.</translation>
    </message>
    <message>
        <source>The portal cannot be reached.</source>
        <translation>The portal cannot be reached.</translation>
    </message>
    <message>
        <source>Check your Internet connection. Your local data stays available.</source>
        <translation>Check your Internet connection. Your local data stays available.</translation>
    </message>
    <message>
        <source>The connection to the portal is not secure.</source>
        <translation>The connection to the portal is not secure.</translation>
    </message>
    <message>
        <source>Do not go on. Check the portal address and your network; contact the help desk.</source>
        <translation>Do not go on. Check the portal address and your network; contact the help desk.</translation>
    </message>
    <message>
        <source>The portal sent an answer the application does not understand.</source>
        <translation>The portal sent an answer the application does not understand.</translation>
    </message>
    <message>
        <source>Try again later. If it happens again, contact the help desk.</source>
        <translation>Try again later. If it happens again, contact the help desk.</translation>
    </message>
    <message>
        <source>You need to sign in for this.</source>
        <translation>You need to sign in for this.</translation>
    </message>
    <message>
        <source>Sign in with your card, then try again.</source>
        <translation>Sign in with your card, then try again.</translation>
    </message>
    <message>
        <source>The card&apos;s signature does not match its certificate.</source>
        <translation>The card&apos;s signature does not match its certificate.</translation>
    </message>
    <message>
        <source>The certificate of your card has been revoked.</source>
        <translation>The certificate of your card has been revoked.</translation>
    </message>
    <message>
        <source>Contact the issuer of your card (the commune for an identity card, LuxTrust for LuxTrust products).</source>
        <translation>Contact the issuer of your card (the commune for an identity card, LuxTrust for LuxTrust products).</translation>
    </message>
    <message>
        <source>The system keychain cannot be used.</source>
        <translation>The system keychain cannot be used.</translation>
    </message>
    <message>
        <source>Unlock your keychain (or log in to your desktop session) and try again. Until then you will have to sign in each time.</source>
        <translation>Unlock your keychain (or log in to your desktop session) and try again. Until then you will have to sign in each time.</translation>
    </message>
    <message>
        <source>A saved sign-in is no longer in the keychain.</source>
        <translation>A saved sign-in is no longer in the keychain.</translation>
    </message>
    <message>
        <source>The portal did not answer in time.</source>
        <translation>The portal did not answer in time.</translation>
    </message>
    <message>
        <source>Nothing is lost: the application tries again by itself. If it keeps happening, check your connection.</source>
        <translation>Nothing is lost: the application tries again by itself. If it keeps happening, check your connection.</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>You are offline.</translation>
    </message>
    <message>
        <source>You can keep working with what is on this computer; changes are sent when the connection is back.</source>
        <translation>You can keep working with what is on this computer; changes are sent when the connection is back.</translation>
    </message>
    <message>
        <source>The portal sent more data than expected.</source>
        <translation>The portal sent more data than expected.</translation>
    </message>
    <message>
        <source>The portal has a problem at the moment.</source>
        <translation>The portal has a problem at the moment.</translation>
    </message>
    <message>
        <source>Nothing is lost. Try again in a few minutes.</source>
        <translation>Nothing is lost. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>The portal refused the request.</source>
        <translation>The portal refused the request.</translation>
    </message>
    <message>
        <source>Read the portal&apos;s explanation below. If it is not clear, contact the help desk with the code.</source>
        <translation>Read the portal&apos;s explanation below. If it is not clear, contact the help desk with the code.</translation>
    </message>
    <message>
        <source>The proxy refused the sign-in.</source>
        <translation>The proxy refused the sign-in.</translation>
    </message>
    <message>
        <source>Check the proxy user name and password in Settings.</source>
        <translation>Check the proxy user name and password in Settings.</translation>
    </message>
    <message>
        <source>Your documents and procedures on this computer cannot be opened.</source>
        <translation>Your documents and procedures on this computer cannot be opened.</translation>
    </message>
    <message>
        <source>Close other copies of the application and try again. Your data on the portal is not affected.</source>
        <translation>Close other copies of the application and try again. Your data on the portal is not affected.</translation>
    </message>
    <message>
        <source>Your local data could not be updated to this version.</source>
        <translation>Your local data could not be updated to this version.</translation>
    </message>
    <message>
        <source>Nothing was changed. Contact the help desk; the previous version still opens your data.</source>
        <translation>Nothing was changed. Contact the help desk; the previous version still opens your data.</translation>
    </message>
    <message>
        <source>Your local data was written by a newer version of the application.</source>
        <translation>Your local data was written by a newer version of the application.</translation>
    </message>
    <message>
        <source>Install the newer version again.</source>
        <translation>Install the newer version again.</translation>
    </message>
    <message>
        <source>Your local data is damaged.</source>
        <translation>Your local data is damaged.</translation>
    </message>
    <message>
        <source>The application will fetch it again from the portal. Items not yet sent are kept aside; contact the help desk.</source>
        <translation>The application will fetch it again from the portal. Items not yet sent are kept aside; contact the help desk.</translation>
    </message>
    <message>
        <source>The key that protects your documents on this computer is missing.</source>
        <translation>The key that protects your documents on this computer is missing.</translation>
    </message>
    <message>
        <source>Unlock your keychain. If the key was deleted, your documents are fetched again from the portal.</source>
        <translation>Unlock your keychain. If the key was deleted, your documents are fetched again from the portal.</translation>
    </message>
    <message>
        <source>A document on this computer cannot be decrypted.</source>
        <translation>A document on this computer cannot be decrypted.</translation>
    </message>
    <message>
        <source>It may have been altered. The application fetches it again from the portal; contact the help desk if it happens again.</source>
        <translation>It may have been altered. The application fetches it again from the portal; contact the help desk if it happens again.</translation>
    </message>
    <message>
        <source>A document could not be saved on this computer.</source>
        <translation>A document could not be saved on this computer.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Free some disk space and try again.</translation>
    </message>
    <message>
        <source>The space for documents on this computer is full.</source>
        <translation>The space for documents on this computer is full.</translation>
    </message>
    <message>
        <source>Unpin some documents or raise the limit in Settings.</source>
        <translation>Unpin some documents or raise the limit in Settings.</translation>
    </message>
    <message>
        <source>The summary document could not be made.</source>
        <translation>The summary document could not be made.</translation>
    </message>
    <message>
        <source>Your answers are kept in the draft. Try again; if it happens again, contact the help desk.</source>
        <translation>Your answers are kept in the draft. Try again; if it happens again, contact the help desk.</translation>
    </message>
    <message>
        <source>The summary document could not be signed.</source>
        <translation>The summary document could not be signed.</translation>
    </message>
    <message>
        <source>Your answers are kept in the draft. Check that your card is still in the reader and try again.</source>
        <translation>Your answers are kept in the draft. Check that your card is still in the reader and try again.</translation>
    </message>
    <message>
        <source>The signature of the document is not valid.</source>
        <translation>The signature of the document is not valid.</translation>
    </message>
    <message>
        <source>The document was changed after signing or the signature is damaged. Sign it again.</source>
        <translation>The document was changed after signing or the signature is damaged. Sign it again.</translation>
    </message>
    <message>
        <source>The document was signed with another person&apos;s card.</source>
        <translation>The document was signed with another person&apos;s card.</translation>
    </message>
    <message>
        <source>Sign with the card of the person who is signed in.</source>
        <translation>Sign with the card of the person who is signed in.</translation>
    </message>
    <message>
        <source>This form cannot be shown: it is not valid.</source>
        <translation>This form cannot be shown: it is not valid.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, contact the help desk and give them the code.</source>
        <translation>Try again later. If it persists, contact the help desk and give them the code.</translation>
    </message>
    <message>
        <source>This form uses a kind of field this version does not know.</source>
        <translation>This form uses a kind of field this version does not know.</translation>
    </message>
    <message>
        <source>Update Guichet Desktop, or fill in the form on the website.</source>
        <translation>Update Guichet Desktop, or fill in the form on the website.</translation>
    </message>
    <message>
        <source>This form cannot be shown: its rules contradict each other.</source>
        <translation>This form cannot be shown: its rules contradict each other.</translation>
    </message>
    <message>
        <source>Contact the help desk and give them the code.</source>
        <translation>Contact the help desk and give them the code.</translation>
    </message>
    <message>
        <source>This form is too large to be shown.</source>
        <translation>This form is too large to be shown.</translation>
    </message>
    <message>
        <source>Some answers still need your attention.</source>
        <translation>Some answers still need your attention.</translation>
    </message>
    <message>
        <source>Go back to the fields marked in the form and correct them.</source>
        <translation>Go back to the fields marked in the form and correct them.</translation>
    </message>
    <message>
        <source>Your draft could not be saved.</source>
        <translation>Your draft could not be saved.</translation>
    </message>
    <message>
        <source>Keep the form open and free some disk space; the app tries again at your next change.</source>
        <translation>Keep the form open and free some disk space; the app tries again at your next change.</translation>
    </message>
    <message>
        <source>A saved draft could not be read.</source>
        <translation>A saved draft could not be read.</translation>
    </message>
    <message>
        <source>The draft is kept untouched. Contact the help desk before discarding it.</source>
        <translation>The draft is kept untouched. Contact the help desk before discarding it.</translation>
    </message>
    <message>
        <source>The chosen file cannot be attached.</source>
        <translation>The chosen file cannot be attached.</translation>
    </message>
    <message>
        <source>Choose a PDF, JPEG or PNG file within the size shown and check that it can be opened.</source>
        <translation>Choose a PDF, JPEG or PNG file within the size shown and check that it can be opened.</translation>
    </message>
    <message>
        <source>Your role in this space does not allow submitting or adding.</source>
        <translation>Your role in this space does not allow submitting or adding.</translation>
    </message>
    <message>
        <source>Ask an administrator of the company&apos;s space to make you a manager, or switch to a space where you are one.</source>
        <translation>Ask an administrator of the company&apos;s space to make you a manager, or switch to a space where you are one.</translation>
    </message>
    <message>
        <source>No portal is configured.</source>
        <translation>No portal is configured.</translation>
    </message>
    <message>
        <source>Start the demo to try the application with a simulated card, or enter the portal address your administration gave you in Settings.</source>
        <translation>Start the demo to try the application with a simulated card, or enter the portal address your administration gave you in Settings.</translation>
    </message>
    <message>
        <source>The portal address is not valid.</source>
        <translation>The portal address is not valid.</translation>
    </message>
    <message>
        <source>Check the address in Settings: it looks like https://www.example.lu.</source>
        <translation>Check the address in Settings: it looks like https://www.example.lu.</translation>
    </message>
    <message>
        <source>The portal address does not use a secure connection.</source>
        <translation>The portal address does not use a secure connection.</translation>
    </message>
    <message>
        <source>Use the portal&apos;s address that starts with https://. Nothing was sent to the other address.</source>
        <translation>Use the portal&apos;s address that starts with https://. Nothing was sent to the other address.</translation>
    </message>
    <message>
        <source>The certificate file for the portal cannot be read.</source>
        <translation>The certificate file for the portal cannot be read.</translation>
    </message>
    <message>
        <source>Check the file given in Settings or with --portal-ca: it must exist and hold certificates in PEM format.</source>
        <translation>Check the file given in Settings or with --portal-ca: it must exist and hold certificates in PEM format.</translation>
    </message>
    <message>
        <source>The portal answered for another person than the one on the card.</source>
        <translation>The portal answered for another person than the one on the card.</translation>
    </message>
    <message>
        <source>You were signed out and nothing of the other person was opened. Sign in again; if this happens again, contact the help desk.</source>
        <translation>You were signed out and nothing of the other person was opened. Sign in again; if this happens again, contact the help desk.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not the one this computer expects.</source>
        <translation>The portal&apos;s certificate is not the one this computer expects.</translation>
    </message>
    <message>
        <source>Do not go on: the connection may be intercepted. Contact the help desk.</source>
        <translation>Do not go on: the connection may be intercepted. Contact the help desk.</translation>
    </message>
    <message>
        <source>The proxy cannot be reached or refused the connection.</source>
        <translation>The proxy cannot be reached or refused the connection.</translation>
    </message>
    <message>
        <source>Check the proxy in Settings, or ask your network administrator. Your local data stays available.</source>
        <translation>Check the proxy in Settings, or ask your network administrator. Your local data stays available.</translation>
    </message>
    <message>
        <source>The portal keeps sending changes without end; the synchronisation was stopped.</source>
        <translation>The portal keeps sending changes without end; the synchronisation was stopped.</translation>
    </message>
    <message>
        <source>What arrived so far is kept. Try again later; if it happens again, contact the help desk and give them the code.</source>
        <translation>What arrived so far is kept. Try again later; if it happens again, contact the help desk and give them the code.</translation>
    </message>
    <message>
        <source>Your data on this computer is locked: the key that protects it is not available.</source>
        <translation>Your data on this computer is locked: the key that protects it is not available.</translation>
    </message>
    <message>
        <source>Unlock your keychain and sign in again. Nothing is kept on this computer without its key.</source>
        <translation>Unlock your keychain and sign in again. Nothing is kept on this computer without its key.</translation>
    </message>
    <message>
        <source>Your data could not be encrypted on this computer.</source>
        <translation>Your data could not be encrypted on this computer.</translation>
    </message>
    <message>
        <source>Nothing was written. Try again; contact the help desk if it happens again.</source>
        <translation>Nothing was written. Try again; contact the help desk if it happens again.</translation>
    </message>
    <message>
        <source>Some of your data on this computer cannot be decrypted.</source>
        <translation>Some of your data on this computer cannot be decrypted.</translation>
    </message>
    <message>
        <source>It may have been altered, or the key in your keychain was replaced. Your data on the portal is not affected; contact the help desk.</source>
        <translation>It may have been altered, or the key in your keychain was replaced. Your data on the portal is not affected; contact the help desk.</translation>
    </message>
    <message>
        <source>Some standard texts (buttons, file dialogs) will stay in English.</source>
        <translation>Some standard texts (buttons, file dialogs) will stay in English.</translation>
    </message>
    <message>
        <source>Ask your administrator to install Qt&apos;s translations (on Debian and Ubuntu the package qt6-translations-l10n).</source>
        <translation>Ask your administrator to install Qt&apos;s translations (on Debian and Ubuntu the package qt6-translations-l10n).</translation>
    </message>
    <message>
        <source>This error code is not known to this version of Guichet Desktop.</source>
        <translation>This error code is not known to this version of Guichet Desktop.</translation>
    </message>
    <message>
        <source>Check the code as it is shown: letters, a hyphen and three digits, for example NET-004. A newer version may know it.</source>
        <translation>Check the code as it is shown: letters, a hyphen and three digits, for example NET-004. A newer version may know it.</translation>
    </message>
    <message>
        <source>The disk that holds your data is almost full.</source>
        <translation>The disk that holds your data is almost full.</translation>
    </message>
    <message>
        <source>Free some space on this computer (at least 200 MB), then try again. Nothing you have saved is lost.</source>
        <translation>Free some space on this computer (at least 200 MB), then try again. Nothing you have saved is lost.</translation>
    </message>
    <message>
        <source>Your card is recognised, but the software that uses it is not installed.</source>
        <translation>Your card is recognised, but the software that uses it is not installed.</translation>
    </message>
    <message>
        <source>The card software is installed but does not see your card.</source>
        <translation>The card software is installed but does not see your card.</translation>
    </message>
    <message>
        <source>Take the card out and put it back. If it stays so, update or reinstall the card software, or try another reader.</source>
        <translation>Take the card out and put it back. If it stays so, update or reinstall the card software, or try another reader.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is not at the right time.</source>
        <translation>This computer&apos;s clock is not at the right time.</translation>
    </message>
    <message>
        <source>Set the date, time and time zone of this computer (or turn on automatic time), then try again: certificates and signing in depend on it.</source>
        <translation>Set the date, time and time zone of this computer (or turn on automatic time), then try again: certificates and signing in depend on it.</translation>
    </message>
    <message>
        <source>Install the card middleware named on the My card page (the LuxTrust Middleware serves LuxTrust cards and sticks and the Luxembourg identity card), then take the card out and put it back.</source>
        <translation>Install the card middleware named on the My card page (the LuxTrust Middleware serves LuxTrust cards and sticks and the Luxembourg identity card), then take the card out and put it back.</translation>
    </message>
    <message>
        <source>The PUK is wrong. The PIN is still blocked.</source>
        <translation>The PUK is wrong. The PIN is still blocked.</translation>
    </message>
    <message>
        <source>Type the PUK again carefully, as it is written in the document you received with the card. The PUK too is blocked after a few wrong tries.</source>
        <translation>Type the PUK again carefully, as it is written in the document you received with the card. The PUK too is blocked after a few wrong tries.</translation>
    </message>
    <message>
        <source>The PUK is blocked.</source>
        <translation>The PUK is blocked.</translation>
    </message>
    <message>
        <source>The PIN cannot be unblocked on this computer any more. Contact the issuer of the card.</source>
        <translation>The PIN cannot be unblocked on this computer any more. Contact the issuer of the card.</translation>
    </message>
    <message>
        <source>The software for this card cannot unblock the PIN.</source>
        <translation>The software for this card cannot unblock the PIN.</translation>
    </message>
    <message>
        <source>Unblock the PIN the way the issuer of the card describes, or contact the help desk. Nothing was changed on the card.</source>
        <translation>Unblock the PIN the way the issuer of the card describes, or contact the help desk. Nothing was changed on the card.</translation>
    </message>
    <message>
        <source>The PUK does not have the expected form.</source>
        <translation>The PUK does not have the expected form.</translation>
    </message>
    <message>
        <source>Check the length of the PUK and type it exactly as it is written.</source>
        <translation>Check the length of the PUK and type it exactly as it is written.</translation>
    </message>
    <message>
        <source>Guichet Desktop could not be set to start when you log in.</source>
        <translation>Guichet Desktop could not be set to start when you log in.</translation>
    </message>
    <message>
        <source>Check that your home folder is not full and that you may write to it, or start Guichet Desktop yourself.</source>
        <translation>Check that your home folder is not full and that you may write to it, or start Guichet Desktop yourself.</translation>
    </message>
</context>
<context>
    <name>ErrorExplanation</name>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>For the help desk: %1</source>
        <translation>For the help desk: %1</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Choose an answer.</source>
        <translation>Choose an answer.</translation>
    </message>
    <message>
        <source>Choose at least one answer.</source>
        <translation>Choose at least one answer.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Answer yes or no.</translation>
    </message>
    <message>
        <source>Add this document.</source>
        <translation>Add this document.</translation>
    </message>
    <message>
        <source>Add at least one entry.</source>
        <translation>Add at least one entry.</translation>
    </message>
    <message>
        <source>This answer is required.</source>
        <translation>This answer is required.</translation>
    </message>
    <message>
        <source>Enter text here.</source>
        <translation>Enter text here.</translation>
    </message>
    <message>
        <source>Enter a number, such as 4.</source>
        <translation>Enter a number, such as 4.</translation>
    </message>
    <message>
        <source>Enter a real date: day, month and year.</source>
        <translation>Enter a real date: day, month and year.</translation>
    </message>
    <message>
        <source>Choose among the answers offered.</source>
        <translation>Choose among the answers offered.</translation>
    </message>
    <message>
        <source>Enter the full address.</source>
        <translation>Enter the full address.</translation>
    </message>
    <message>
        <source>Enter an IBAN such as LU28 0019 4006 4475 0000.</source>
        <translation>Enter an IBAN such as LU28 0019 4006 4475 0000.</translation>
    </message>
    <message>
        <source>Enter the 13 digits of the national identification number.</source>
        <translation>Enter the 13 digits of the national identification number.</translation>
    </message>
    <message>
        <source>Enter a Luxembourg VAT number such as LU15027442.</source>
        <translation>Enter a Luxembourg VAT number such as LU15027442.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.lu.</source>
        <translation>Enter an e-mail address such as name@example.lu.</translation>
    </message>
    <message>
        <source>Enter a phone number with its country code, such as +352 621 123 456.</source>
        <translation>Enter a phone number with its country code, such as +352 621 123 456.</translation>
    </message>
    <message>
        <source>This document could not be identified: add it again.</source>
        <translation>This document could not be identified: add it again.</translation>
    </message>
    <message>
        <source>These entries could not be read: add them again.</source>
        <translation>These entries could not be read: add them again.</translation>
    </message>
    <message>
        <source>This answer is not valid.</source>
        <translation>This answer is not valid.</translation>
    </message>
    <message>
        <source>This IBAN is not valid: check it for a typing mistake.</source>
        <translation>This IBAN is not valid: check it for a typing mistake.</translation>
    </message>
    <message>
        <source>This national identification number is not valid: check the 13 digits.</source>
        <translation>This national identification number is not valid: check the 13 digits.</translation>
    </message>
    <message>
        <source>This VAT number is not valid: check the 8 digits after LU.</source>
        <translation>This VAT number is not valid: check the 8 digits after LU.</translation>
    </message>
    <message>
        <source>Choose only among the answers offered.</source>
        <translation>Choose only among the answers offered.</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>Choose one of the answers offered.</translation>
    </message>
    <message>
        <source>Enter the street of the address.</source>
        <translation>Enter the street of the address.</translation>
    </message>
    <message>
        <source>Enter the house number of the address.</source>
        <translation>Enter the house number of the address.</translation>
    </message>
    <message>
        <source>Enter the second line of the address.</source>
        <translation>Enter the second line of the address.</translation>
    </message>
    <message>
        <source>Enter the postal code of the address.</source>
        <translation>Enter the postal code of the address.</translation>
    </message>
    <message>
        <source>Enter the town or village of the address.</source>
        <translation>Enter the town or village of the address.</translation>
    </message>
    <message>
        <source>Choose the country of the address.</source>
        <translation>Choose the country of the address.</translation>
    </message>
    <message numerus="yes">
        <source>Shorten the street: at most %n characters.</source>
        <translation>
            <numerusform>Shorten the street: at most %n character.</numerusform>
            <numerusform>Shorten the street: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the house number: at most %n characters.</source>
        <translation>
            <numerusform>Shorten the house number: at most %n character.</numerusform>
            <numerusform>Shorten the house number: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the second address line: at most %n characters.</source>
        <translation>
            <numerusform>Shorten the second address line: at most %n character.</numerusform>
            <numerusform>Shorten the second address line: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the postal code: at most %n characters.</source>
        <translation>
            <numerusform>Shorten the postal code: at most %n character.</numerusform>
            <numerusform>Shorten the postal code: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the town or village: at most %n characters.</source>
        <translation>
            <numerusform>Shorten the town or village: at most %n character.</numerusform>
            <numerusform>Shorten the town or village: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the country of the address from the list.</source>
        <translation>Choose the country of the address from the list.</translation>
    </message>
    <message>
        <source>A Luxembourg postal code has 4 digits, such as 1940 (without &quot;L-&quot;).</source>
        <translation>A Luxembourg postal code has 4 digits, such as 1940 (without &quot;L-&quot;).</translation>
    </message>
    <message numerus="yes">
        <source>Enter at least %n characters.</source>
        <translation>
            <numerusform>Enter at least %n character.</numerusform>
            <numerusform>Enter at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n characters.</source>
        <translation>
            <numerusform>Enter at most %n character.</numerusform>
            <numerusform>Enter at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer is not written as expected: check the example or the help.</source>
        <translation>This answer is not written as expected: check the example or the help.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Enter a number of at least %1.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Enter a number of at most %1.</translation>
    </message>
    <message>
        <source>Enter a date on or after %1.</source>
        <translation>Enter a date on or after %1.</translation>
    </message>
    <message>
        <source>Enter a date on or before %1.</source>
        <translation>Enter a date on or before %1.</translation>
    </message>
    <message numerus="yes">
        <source>Add at least %n entries.</source>
        <translation>
            <numerusform>Add at least %n entry.</numerusform>
            <numerusform>Add at least %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n answers.</source>
        <translation>
            <numerusform>Choose at least %n answer.</numerusform>
            <numerusform>Choose at least %n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add at most %n entries.</source>
        <translation>
            <numerusform>Add at most %n entry.</numerusform>
            <numerusform>Add at most %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n answers.</source>
        <translation>
            <numerusform>Choose at most %n answer.</numerusform>
            <numerusform>Choose at most %n answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is too large: at most %1.</source>
        <translation>This file is too large: at most %1.</translation>
    </message>
    <message>
        <source>This kind of file is not accepted: use %1.</source>
        <translation>This kind of file is not accepted: use %1.</translation>
    </message>
    <message>
        <source>This answer must be the same as the one above.</source>
        <translation>This answer must be the same as the one above.</translation>
    </message>
    <message>
        <source>This answer must be the same as &quot;%1&quot;.</source>
        <translation>This answer must be the same as &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter a date after the one above.</source>
        <translation>Enter a date after the one above.</translation>
    </message>
    <message>
        <source>Enter a date after &quot;%1&quot;.</source>
        <translation>Enter a date after &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>FormSigning</name>
    <message>
        <source>issued by %1</source>
        <translation>issued by %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
</context>
<context>
    <name>FormSummary</name>
    <message>
        <source>%1: you propose “%2” instead of “%3” to %4.</source>
        <translation>%1: you propose “%2” instead of “%3” to %4.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>MessageTexts</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Being sent…</source>
        <translation>Being sent…</translation>
    </message>
    <message>
        <source>Not sent: this conversation is closed, the administration no longer accepts messages in it. Your text is kept here; write a new message to the administration instead.</source>
        <translation>Not sent: this conversation is closed, the administration no longer accepts messages in it. Your text is kept here; write a new message to the administration instead.</translation>
    </message>
    <message>
        <source>Not sent (%1): %2 Your text is kept here.</source>
        <translation>Not sent (%1): %2 Your text is kept here.</translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to be sent</source>
        <translation>Saved on this computer, waiting to be sent</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
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
            <numerusform>A dossier has a new status</numerusform>
            <numerusform>%n dossiers have a new status</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Guichet Desktop to see where they stand.</source>
        <translation>Open Guichet Desktop to see where they stand.</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages from the administration</source>
        <translation>
            <numerusform>A new message from the administration</numerusform>
            <numerusform>%n new messages from the administration</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>Open Guichet Desktop to read them.</source>
        <translation>Open Guichet Desktop to read them.</translation>
    </message>
    <message numerus="yes">
        <source>%n new accesses to your data</source>
        <translation>
            <numerusform>%n new access to your data</numerusform>
            <numerusform>%n new accesses to your data</numerusform>
        </translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>By: %1</translation>
    </message>
    <message>
        <source>See who accessed your data, and why, in Guichet Desktop.</source>
        <translation>See who accessed your data, and why, in Guichet Desktop.</translation>
    </message>
    <message numerus="yes">
        <source>Renew it in time to keep signing in and signing.</source>
        <translation>
            <numerusform>Renew it in time to keep signing in and signing.</numerusform>
            <numerusform>Renew them in time to keep signing in and signing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates of your card end soon</source>
        <translation>
            <numerusform>A certificate of your card ends soon</numerusform>
            <numerusform>%n certificates of your card end soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal refused %n of your requests</source>
        <translation>
            <numerusform>The portal refused one of your requests</numerusform>
            <numerusform>The portal refused %n of your requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Guichet Desktop to see why.</source>
        <translation>Open Guichet Desktop to see why.</translation>
    </message>
    <message numerus="yes">
        <source>%n requests are still waiting to be sent</source>
        <translation>
            <numerusform>A request is still waiting to be sent</numerusform>
            <numerusform>%n requests are still waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept and sent as soon as the portal can be reached.</source>
        <translation>They are kept and sent as soon as the portal can be reached.</translation>
    </message>
    <message>
        <source>Sign in again to stay up to date</source>
        <translation>Sign in again to stay up to date</translation>
    </message>
    <message>
        <source>Your session with the portal ended. Insert your card and open Guichet Desktop to sign in.</source>
        <translation>Your session with the portal ended. Insert your card and open Guichet Desktop to sign in.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>National register of natural persons (identity)</source>
        <translation>National register of natural persons (identity)</translation>
    </message>
    <message>
        <source>National register of natural persons (address)</source>
        <translation>National register of natural persons (address)</translation>
    </message>
    <message>
        <source>Vehicle register (SNCA)</source>
        <translation>Vehicle register (SNCA)</translation>
    </message>
    <message>
        <source>Driving licence register</source>
        <translation>Driving licence register</translation>
    </message>
    <message>
        <source>Land register (cadastre)</source>
        <translation>Land register (cadastre)</translation>
    </message>
    <message>
        <source>VAT register (AED)</source>
        <translation>VAT register (AED)</translation>
    </message>
    <message>
        <source>Trade and companies register (RCS)</source>
        <translation>Trade and companies register (RCS)</translation>
    </message>
    <message>
        <source>Criminal record</source>
        <translation>Criminal record</translation>
    </message>
    <message>
        <source>Your personal space</source>
        <translation>Your personal space</translation>
    </message>
    <message>
        <source>From %1 — no proof needed</source>
        <translation>From %1 — no proof needed</translation>
    </message>
    <message>
        <source>From %1, with your consent</source>
        <translation>From %1, with your consent</translation>
    </message>
    <message>
        <source>Re-used from your personal space</source>
        <translation>Re-used from your personal space</translation>
    </message>
    <message>
        <source>Entered by you</source>
        <translation>Entered by you</translation>
    </message>
</context>
<context>
    <name>SpaceList</name>
    <message>
        <source>My private space</source>
        <translation>My private space</translation>
    </message>
</context>
<context>
    <name>SpaceTexts</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>In processing</source>
        <translation>In processing</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Information requested</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Partially granted</source>
        <translation>Partially granted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Added by you</translation>
    </message>
    <message>
        <source>From an administration</source>
        <translation>From an administration</translation>
    </message>
    <message>
        <source>Sent with a procedure</source>
        <translation>Sent with a procedure</translation>
    </message>
</context>
<context>
    <name>SummaryContent</name>
    <message>
        <source>By signing, I confirm that the answers above are accurate and complete, and I submit this request to %1.</source>
        <translation>By signing, I confirm that the answers above are accurate and complete, and I submit this request to %1.</translation>
    </message>
</context>
<context>
    <name>SummaryPdf</name>
    <message>
        <source>Summary of your answers, to be signed</source>
        <translation>Summary of your answers, to be signed</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Private space</source>
        <translation>Private space</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Confirmed on</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Document already in your space</source>
        <translation>Document already in your space</translation>
    </message>
    <message>
        <source>File attached to this submission</source>
        <translation>File attached to this submission</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>No attachments.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1, on behalf of %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Signed with</source>
        <translation>Signed with</translation>
    </message>
</context>
<context>
    <name>TrainingScenario</name>
    <message>
        <source>Portal unreachable</source>
        <translation>Portal unreachable</translation>
    </message>
    <message>
        <source>Portal out of service (HTTP 503)</source>
        <translation>Portal out of service (HTTP 503)</translation>
    </message>
    <message>
        <source>Very slow network</source>
        <translation>Very slow network</translation>
    </message>
    <message>
        <source>Computer clock ten minutes off</source>
        <translation>Computer clock ten minutes off</translation>
    </message>
    <message>
        <source>PIN with one try left</source>
        <translation>PIN with one try left</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN blocked</translation>
    </message>
    <message>
        <source>No smart card service</source>
        <translation>No smart card service</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>No card reader</translation>
    </message>
    <message>
        <source>Reader without a card</source>
        <translation>Reader without a card</translation>
    </message>
    <message>
        <source>Unknown card (a bank card)</source>
        <translation>Unknown card (a bank card)</translation>
    </message>
    <message>
        <source>Identity card without its middleware</source>
        <translation>Identity card without its middleware</translation>
    </message>
    <message>
        <source>Card without certificates</source>
        <translation>Card without certificates</translation>
    </message>
    <message>
        <source>Expired certificates</source>
        <translation>Expired certificates</translation>
    </message>
    <message>
        <source>Certificates not yet valid</source>
        <translation>Certificates not yet valid</translation>
    </message>
    <message>
        <source>Certificates from an untrusted root</source>
        <translation>Certificates from an untrusted root</translation>
    </message>
    <message>
        <source>Reader with a PIN pad</source>
        <translation>Reader with a PIN pad</translation>
    </message>
    <message>
        <source>Proxy refusing the portal</source>
        <translation>Proxy refusing the portal</translation>
    </message>
    <message>
        <source>Portal with an untrusted TLS certificate</source>
        <translation>Portal with an untrusted TLS certificate</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Keychain unavailable</translation>
    </message>
</context>
<context>
    <name>TransparencyTexts</name>
    <message>
        <source>Received by the authority</source>
        <translation>Received by the authority</translation>
    </message>
    <message>
        <source>Being reviewed</source>
        <translation>Being reviewed</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not sent (%1)</source>
        <translation>Not sent (%1)</translation>
    </message>
    <message>
        <source>Being sent…</source>
        <translation>Being sent…</translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to be sent</source>
        <translation>Saved on this computer, waiting to be sent</translation>
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
    <message>
        <source>On this computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
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
        <source>Log file: %1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <source>not available (messages go to the terminal only)</source>
        <translation>not available (messages go to the terminal only)</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Guichet Desktop is made to be used with a screen reader, with the keyboard alone, with large text and in dark or high-contrast mode. Every version is checked automatically, in French, German and English, through the accessibility interface screen readers use, against requirements of the European standard EN 301 549. Known gaps: the calendar of a date field is heard but cannot be explored with a screen reader (type the date instead), and a wrong answer is said in the field&apos;s description, not as an &quot;invalid&quot; state. To report a barrier, tell the help desk on which page, what you did and what happened. The full statement: docs/accessibility.md.</source>
        <translation>Guichet Desktop is made to be used with a screen reader, with the keyboard alone, with large text and in dark or high-contrast mode. Every version is checked automatically, in French, German and English, through the accessibility interface screen readers use, against requirements of the European standard EN 301 549. Known gaps: the calendar of a date field is heard but cannot be explored with a screen reader (type the date instead), and a wrong answer is said in the field&apos;s description, not as an &quot;invalid&quot; state. To report a barrier, tell the help desk on which page, what you did and what happened. The full statement: docs/accessibility.md.</translation>
    </message>
</context>
<context>
    <name>guichet::AccessLogModel</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Data items</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
</context>
<context>
    <name>guichet::AccessLogPage</name>
    <message>
        <source>Export the access log</source>
        <translation>Export the access log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Who accessed my data (%n new)</source>
        <translation>
            <numerusform>Who accessed my data (%n new)</numerusform>
            <numerusform>Who accessed my data (%n new)</numerusform>
        </translation>
    </message>
    <message>
        <source>Who accessed my data</source>
        <translation>Who accessed my data</translation>
    </message>
    <message>
        <source>Each time an administration read your data in an authentic source: when, which data, why, and for which procedure.</source>
        <translation>Each time an administration read your data in an authentic source: when, which data, why, and for which procedure.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Administration, purpose, data, procedure…</source>
        <translation>Administration, purpose, data, procedure…</translation>
    </message>
    <message>
        <source>Search the accesses</source>
        <translation>Search the accesses</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>Show accesses to the source</source>
        <translation>Show accesses to the source</translation>
    </message>
    <message>
        <source>&amp;Administration:</source>
        <translation>&amp;Administration:</translation>
    </message>
    <message>
        <source>Show accesses by the administration</source>
        <translation>Show accesses by the administration</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message>
        <source>Show accesses from this date</source>
        <translation>Show accesses from this date</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Show accesses until this date</source>
        <translation>Show accesses until this date</translation>
    </message>
    <message>
        <source>Accesses to your data</source>
        <translation>Accesses to your data</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <source>Export the accesses shown as a CSV file</source>
        <translation>Export the accesses shown as a CSV file</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>All administrations</source>
        <translation>All administrations</translation>
    </message>
    <message numerus="yes">
        <source>%n accesses</source>
        <translation>
            <numerusform>%n access</numerusform>
            <numerusform>%n accesses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 accesses</source>
        <translation>
            <numerusform>%n of %1 accesses</numerusform>
            <numerusform>%n of %1 accesses</numerusform>
        </translation>
    </message>
    <message>
        <source>No administration has read your data in an authentic source yet.</source>
        <translation>No administration has read your data in an authentic source yet.</translation>
    </message>
    <message>
        <source>Data items: %1</source>
        <translation>Data items: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Procedure: %1</translation>
    </message>
    <message>
        <source>Read with your consent (%1)</source>
        <translation>Read with your consent (%1)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n accesses as %1.</source>
        <translation>
            <numerusform>Saved %n access as %1.</numerusform>
            <numerusform>Saved %n accesses as %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the access log…</source>
        <translation>Reading the access log…</translation>
    </message>
    <message>
        <source>There is no access to save.</source>
        <translation>There is no access to save.</translation>
    </message>
</context>
<context>
    <name>guichet::AddressFieldEditor</name>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Netherlands</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italy</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spain</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>United Kingdom</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ireland</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Poland</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Romania</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Greece</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Denmark</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sweden</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
</context>
<context>
    <name>guichet::AppearanceSettingsPanel</name>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Follow the desktop</translation>
    </message>
    <message>
        <source>Follow the desktop (now: %1)</source>
        <translation>Follow the desktop (now: %1)</translation>
    </message>
    <message>
        <source>Managed by your administrator.</source>
        <translation>Managed by your administrator.</translation>
    </message>
    <message>
        <source>Dark and high contrast follow your desktop&apos;s settings unless you choose one here.</source>
        <translation>Dark and high contrast follow your desktop&apos;s settings unless you choose one here.</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>Appea&amp;rance:</translation>
    </message>
</context>
<context>
    <name>guichet::AttachmentFieldEditor</name>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Choose a &amp;file…</translation>
    </message>
    <message>
        <source>From my &amp;documents…</source>
        <translation>From my &amp;documents…</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Remove the file</translation>
    </message>
    <message>
        <source>Choose a file for “%1”</source>
        <translation>Choose a file for “%1”</translation>
    </message>
    <message>
        <source>Choose one of my documents for “%1”</source>
        <translation>Choose one of my documents for “%1”</translation>
    </message>
    <message>
        <source>Remove the file of “%1”</source>
        <translation>Remove the file of “%1”</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>SHA-256 %1…</source>
        <translation>SHA-256 %1…</translation>
    </message>
    <message>
        <source>from your documents</source>
        <translation>from your documents</translation>
    </message>
    <message>
        <source>This file is %1; this form accepts files up to %2.</source>
        <translation>This file is %1; this form accepts files up to %2.</translation>
    </message>
    <message>
        <source>This kind of file is not accepted here. Choose a file of type %1.</source>
        <translation>This kind of file is not accepted here. Choose a file of type %1.</translation>
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
        <translation>Attach files</translation>
    </message>
    <message>
        <source>PDF or pictures (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF or pictures (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Attach a document</translation>
    </message>
    <message>
        <source>Document of your space:</source>
        <translation>Document of your space:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>Attach a &amp;file…</translation>
    </message>
    <message>
        <source>Attach a file from this computer</source>
        <translation>Attach a file from this computer</translation>
    </message>
    <message>
        <source>Attach a &amp;document…</source>
        <translation>Attach a &amp;document…</translation>
    </message>
    <message>
        <source>Attach a document of your space</source>
        <translation>Attach a document of your space</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the chosen attachment</source>
        <translation>Remove the chosen attachment</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 cannot be attached: only PDF, JPEG and PNG files are accepted.</source>
        <translation>%1 cannot be attached: only PDF, JPEG and PNG files are accepted.</translation>
    </message>
    <message>
        <source>%1 cannot be attached: a message and its files may take at most %2.</source>
        <translation>%1 cannot be attached: a message and its files may take at most %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry at most %n attachments.</source>
        <translation>
            <numerusform>A message can carry at most %n attachment.</numerusform>
            <numerusform>A message can carry at most %n attachments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::AttentionPanel</name>
    <message>
        <source>What needs your attention</source>
        <translation>What needs your attention</translation>
    </message>
    <message>
        <source>Your space is being brought up to date…</source>
        <translation>Your space is being brought up to date…</translation>
    </message>
    <message>
        <source>Nothing needs your attention. Your procedures, messages and data are up to date on this computer.</source>
        <translation>Nothing needs your attention. Your procedures, messages and data are up to date on this computer.</translation>
    </message>
</context>
<context>
    <name>guichet::BackgroundMode</name>
    <message>
        <source>Keep Guichet Desktop running?</source>
        <translation>Keep Guichet Desktop running?</translation>
    </message>
    <message>
        <source>Keep Guichet Desktop running when its window is closed?</source>
        <translation>Keep Guichet Desktop running when its window is closed?</translation>
    </message>
    <message>
        <source>It then stays in the notification area, keeps your space up to date and tells you when a dossier moves on, an administration writes to you or someone consults your data. You can change this at any time in Settings.</source>
        <translation>It then stays in the notification area, keeps your space up to date and tells you when a dossier moves on, an administration writes to you or someone consults your data. You can change this at any time in Settings.</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Keep running</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>guichet::CardPage</name>
    <message>
        <source>My card</source>
        <translation>My card</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>Card readers</translation>
    </message>
    <message>
        <source>Your card is ready.</source>
        <translation>Your card is ready.</translation>
    </message>
    <message>
        <source>Looking for card readers…</source>
        <translation>Looking for card readers…</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>no card</translation>
    </message>
    <message>
        <source>the card does not answer</source>
        <translation>the card does not answer</translation>
    </message>
    <message>
        <source>card in use by another application</source>
        <translation>card in use by another application</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>card present</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>No card reader is connected.</translation>
    </message>
    <message>
        <source>simulated, no reader needed</source>
        <translation>simulated, no reader needed</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Certificate &amp;details…</source>
        <translation>Certificate &amp;details…</translation>
    </message>
    <message>
        <source>C&amp;hange PIN…</source>
        <translation>C&amp;hange PIN…</translation>
    </message>
    <message>
        <source>%1 in %2. %3</source>
        <translation>%1 in %2. %3</translation>
    </message>
    <message>
        <source>Looked for: %1</source>
        <translation>Looked for: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Error code: %1</translation>
    </message>
    <message>
        <source>&amp;Unblock the PIN…</source>
        <translation>&amp;Unblock the PIN…</translation>
    </message>
</context>
<context>
    <name>guichet::CataloguePage</name>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Find a procedure</source>
        <translation>Find a procedure</translation>
    </message>
    <message>
        <source>Search, e.g. school, car, birth…</source>
        <translation>Search, e.g. school, car, birth…</translation>
    </message>
    <message>
        <source>Search procedures</source>
        <translation>Search procedures</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>Citizens and businesses</source>
        <translation>Citizens and businesses</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>Who the procedures are for</source>
        <translation>Who the procedures are for</translation>
    </message>
    <message>
        <source>Matching procedures</source>
        <translation>Matching procedures</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>Only the first %1 matches are listed: add words to narrow the search.</source>
        <translation>Only the first %1 matches are listed: add words to narrow the search.</translation>
    </message>
    <message>
        <source>The catalogue is empty.</source>
        <translation>The catalogue is empty.</translation>
    </message>
    <message>
        <source>No procedure matches “%1”.</source>
        <translation>No procedure matches “%1”.</translation>
    </message>
    <message>
        <source>The procedure</source>
        <translation>The procedure</translation>
    </message>
</context>
<context>
    <name>guichet::CertificateChooserDialog</name>
    <message>
        <source>Personal (no company)</source>
        <translation>Personal (no company)</translation>
    </message>
    <message>
        <source>%1, %2, issued by %3, valid until %4</source>
        <translation>%1, %2, issued by %3, valid until %4</translation>
    </message>
    <message>
        <source>Choose a signature certificate</source>
        <translation>Choose a signature certificate</translation>
    </message>
    <message>
        <source>Your signing device holds several signature certificates. Choose the one to sign with in “%1”. Your choice is remembered for this space.</source>
        <translation>Your signing device holds several signature certificates. Choose the one to sign with in “%1”. Your choice is remembered for this space.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Signature certificates</source>
        <translation>Signature certificates</translation>
    </message>
    <message>
        <source>&amp;Sign with this certificate</source>
        <translation>&amp;Sign with this certificate</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>guichet::CertificateDialog</name>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>digital signature</source>
        <translation>digital signature</translation>
    </message>
    <message>
        <source>non-repudiation</source>
        <translation>non-repudiation</translation>
    </message>
    <message>
        <source>key encipherment</source>
        <translation>key encipherment</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Holder:</translation>
    </message>
    <message>
        <source>National number:</source>
        <translation>National number:</translation>
    </message>
    <message>
        <source>LuxTrust SSN:</source>
        <translation>LuxTrust SSN:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Use:</source>
        <translation>Use:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>Key usage:</translation>
    </message>
    <message>
        <source>Qualified certificate:</source>
        <translation>Qualified certificate:</translation>
    </message>
    <message>
        <source>yes, key in a qualified device</source>
        <translation>yes, key in a qualified device</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Serial number:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Trust:</translation>
    </message>
</context>
<context>
    <name>guichet::ChoiceFieldEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>guichet::ConsentCard</name>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Fetched by: %1</source>
        <translation>Fetched by: %1</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>Given on %1</translation>
    </message>
    <message>
        <source>Given on %1 by %2</source>
        <translation>Given on %1 by %2</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>No end date</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Revoked on %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <source>Revoke the consent: %1</source>
        <translation>Revoke the consent: %1</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Consent: %1</translation>
    </message>
</context>
<context>
    <name>guichet::ConsentPanel</name>
    <message>
        <source>Your consent is needed</source>
        <translation>Your consent is needed</translation>
    </message>
    <message>
        <source>You have not given your consent: %1 cannot fetch this data from %2, and these answers stay empty.</source>
        <translation>You have not given your consent: %1 cannot fetch this data from %2, and these answers stay empty.</translation>
    </message>
    <message>
        <source>%1 asks to fetch data about you from %2, for this purpose:</source>
        <translation>%1 asks to fetch data about you from %2, for this purpose:</translation>
    </message>
    <message>
        <source>Nothing is fetched unless you agree. Your consent is recorded, and you can see and withdraw it under “My consents”.</source>
        <translation>Nothing is fetched unless you agree. Your consent is recorded, and you can see and withdraw it under “My consents”.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>I agree that %1 fetches this data from %2</source>
        <translation>I agree that %1 fetches this data from %2</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Recording your consent…</source>
        <translation>Recording your consent…</translation>
    </message>
</context>
<context>
    <name>guichet::ConsentsPage</name>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Keep the consent</source>
        <translation>Keep the consent</translation>
    </message>
    <message>
        <source>My consents</source>
        <translation>My consents</translation>
    </message>
    <message>
        <source>Some procedures need data an administration may only fetch with your consent. Revoking a consent stops future fetches; data already sent with a procedure stays with it.</source>
        <translation>Some procedures need data an administration may only fetch with your consent. Revoking a consent stops future fetches; data already sent with a procedure stays with it.</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Your consents</translation>
    </message>
    <message>
        <source>Revocation not sent (%1)</source>
        <translation>Revocation not sent (%1)</translation>
    </message>
    <message>
        <source>Revocation being sent…</source>
        <translation>Revocation being sent…</translation>
    </message>
    <message>
        <source>Revocation waiting to be sent</source>
        <translation>Revocation waiting to be sent</translation>
    </message>
    <message>
        <source>You have not given any consent. A procedure that needs one asks you for it.</source>
        <translation>You have not given any consent. A procedure that needs one asks you for it.</translation>
    </message>
    <message>
        <source>%1 will no longer fetch %2 for %3. Procedures that need it will ask you again.</source>
        <translation>%1 will no longer fetch %2 for %3. Procedures that need it will ask you again.</translation>
    </message>
    <message>
        <source>Revoke the consent?</source>
        <translation>Revoke the consent?</translation>
    </message>
    <message>
        <source>The revocation is saved on this computer. It is sent as soon as the portal can be reached.</source>
        <translation>The revocation is saved on this computer. It is sent as soon as the portal can be reached.</translation>
    </message>
</context>
<context>
    <name>guichet::CorrectionDialog</name>
    <message>
        <source>Request a correction</source>
        <translation>Request a correction</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <source>Value held now:</source>
        <translation>Value held now:</translation>
    </message>
    <message>
        <source>Correct value</source>
        <translation>Correct value</translation>
    </message>
    <message>
        <source>&amp;Correct value (required):</source>
        <translation>&amp;Correct value (required):</translation>
    </message>
    <message>
        <source>Why the value held is wrong</source>
        <translation>Why the value held is wrong</translation>
    </message>
    <message>
        <source>&amp;Why is it wrong? (required)</source>
        <translation>&amp;Why is it wrong? (required)</translation>
    </message>
    <message>
        <source>Proof documents from your space</source>
        <translation>Proof documents from your space</translation>
    </message>
    <message>
        <source>&amp;Proof documents (optional, up to %1):</source>
        <translation>&amp;Proof documents (optional, up to %1):</translation>
    </message>
    <message>
        <source>The authority checks your request and answers in your space. Until it decides, forms keep the value it holds.</source>
        <translation>The authority checks your request and answers in your space. Until it decides, forms keep the value it holds.</translation>
    </message>
    <message>
        <source>&amp;Send the request</source>
        <translation>&amp;Send the request</translation>
    </message>
    <message>
        <source>Write the right value and why it is right first.</source>
        <translation>Write the right value and why it is right first.</translation>
    </message>
</context>
<context>
    <name>guichet::CorrectionPanel</name>
    <message>
        <source>You propose a correction to %1. The form keeps the registered value until the administration decides.</source>
        <translation>You propose a correction to %1. The form keeps the registered value until the administration decides.</translation>
    </message>
    <message>
        <source>Your correction: %1</source>
        <translation>Your correction: %1</translation>
    </message>
    <message>
        <source>Why is the registered value wrong? (optional)</source>
        <translation>Why is the registered value wrong? (optional)</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Withdraw the correction</source>
        <translation>Withdraw the correction</translation>
    </message>
</context>
<context>
    <name>guichet::DataStateNotice</name>
    <message>
        <source>Loading… the first copy of your data is being fetched from the portal.</source>
        <translation>Loading… the first copy of your data is being fetched from the portal.</translation>
    </message>
    <message>
        <source>You are offline. This is the copy saved on this computer.</source>
        <translation>You are offline. This is the copy saved on this computer.</translation>
    </message>
    <message>
        <source>You are offline and nothing is saved on this computer yet.</source>
        <translation>You are offline and nothing is saved on this computer yet.</translation>
    </message>
</context>
<context>
    <name>guichet::DateFieldEditor</name>
    <message>
        <source>Enter a date such as %1.</source>
        <translation>Enter a date such as %1.</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Choose the date in a calendar</translation>
    </message>
</context>
<context>
    <name>guichet::DiagnosticsPage</name>
    <message>
        <source>Save the diagnostics report</source>
        <translation>Save the diagnostics report</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Save report…</translation>
    </message>
    <message>
        <source>E&amp;xplain an error code:</source>
        <translation>E&amp;xplain an error code:</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explain</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>Checking every layer…</source>
        <translation>Checking every layer…</translation>
    </message>
    <message>
        <source>The checks are not available in this window.</source>
        <translation>The checks are not available in this window.</translation>
    </message>
    <message>
        <source>Every layer that was checked is working.</source>
        <translation>Every layer that was checked is working.</translation>
    </message>
    <message>
        <source>Look here first: %1</source>
        <translation>Look here first: %1</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <source>Last %1 lines of the log (personal data removed):</source>
        <translation>Last %1 lines of the log (personal data removed):</translation>
    </message>
    <message>
        <source>Each layer the application depends on, from the smart card service to your local data, checked in order. If you call the help desk, they may ask you to read or send this report; it contains nothing personal.</source>
        <translation>Each layer the application depends on, from the smart card service to your local data, checked in order. If you call the help desk, they may ask you to read or send this report; it contains nothing personal.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Layers checked</source>
        <translation>Layers checked</translation>
    </message>
    <message>
        <source>Details of the selected layer</source>
        <translation>Details of the selected layer</translation>
    </message>
    <message>
        <source>Summary of the checks</source>
        <translation>Summary of the checks</translation>
    </message>
    <message>
        <source>&amp;Run the checks again</source>
        <translation>&amp;Run the checks again</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <source>&amp;Training scenario:</source>
        <translation>&amp;Training scenario:</translation>
    </message>
    <message>
        <source>None: everything works</source>
        <translation>None: everything works</translation>
    </message>
    <message>
        <source>Desktop notifications: shown by %1.</source>
        <translation>Desktop notifications: shown by %1.</translation>
    </message>
    <message>
        <source>Desktop notifications are unavailable (%1). The application works as usual; what changes is shown only in its window.</source>
        <translation>Desktop notifications are unavailable (%1). The application works as usual; what changes is shown only in its window.</translation>
    </message>
</context>
<context>
    <name>guichet::DocumentsPage</name>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>My documents</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Open the document</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Save a copy of the document</translation>
    </message>
    <message>
        <source>A&amp;dd a document…</source>
        <translation>A&amp;dd a document…</translation>
    </message>
    <message>
        <source>Available o&amp;ffline</source>
        <translation>Available o&amp;ffline</translation>
    </message>
    <message>
        <source>Keep the document available offline</source>
        <translation>Keep the document available offline</translation>
    </message>
    <message>
        <source>Kept offline</source>
        <translation>Kept offline</translation>
    </message>
    <message>
        <source>No document yet. Documents you add or receive appear here.</source>
        <translation>No document yet. Documents you add or receive appear here.</translation>
    </message>
    <message>
        <source>This document is not saved on this computer. Connect to the internet to open it.</source>
        <translation>This document is not saved on this computer. Connect to the internet to open it.</translation>
    </message>
    <message>
        <source>This document is being downloaded. Try again in a moment.</source>
        <translation>This document is being downloaded. Try again in a moment.</translation>
    </message>
    <message>
        <source>No application on this computer can open this document. Use “Save as…” to keep a copy.</source>
        <translation>No application on this computer can open this document. Use “Save as…” to keep a copy.</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Saved a copy as %1.</translation>
    </message>
    <message>
        <source>%1 will be added to your documents when the portal can be reached.</source>
        <translation>%1 will be added to your documents when the portal can be reached.</translation>
    </message>
    <message>
        <source>%1: not sent (%2). It stays here until you remove it.</source>
        <translation>%1: not sent (%2). It stays here until you remove it.</translation>
    </message>
    <message>
        <source>%1: being sent…</source>
        <translation>%1: being sent…</translation>
    </message>
    <message>
        <source>%1: saved on this computer, waiting to be sent</source>
        <translation>%1: saved on this computer, waiting to be sent</translation>
    </message>
    <message>
        <source>This document is not on this computer yet. It appears here after the next synchronisation.</source>
        <translation>This document is not on this computer yet. It appears here after the next synchronisation.</translation>
    </message>
    <message>
        <source>For your safety this kind of file is not opened from here. Use “Save as…” to keep a copy, and check it before you open it.</source>
        <translation>For your safety this kind of file is not opened from here. Use “Save as…” to keep a copy, and check it before you open it.</translation>
    </message>
    <message>
        <source>Choose a document in the list first.</source>
        <translation>Choose a document in the list first.</translation>
    </message>
</context>
<context>
    <name>guichet::DossierTimelineView</name>
    <message>
        <source>Choose a procedure in the list to follow its progress.</source>
        <translation>Choose a procedure in the list to follow its progress.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Progress of the procedure, oldest first</source>
        <translation>Progress of the procedure, oldest first</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <source>Administration: %1</source>
        <translation>Administration: %1</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Sent on %1</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Last update: %1</translation>
    </message>
    <message>
        <source>The administration asks you for information:</source>
        <translation>The administration asks you for information:</translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation>Answer by %1</translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation>Decision: %1 (%2)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
</context>
<context>
    <name>guichet::DraftAutosave</name>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1 It will be tried again at your next change.</source>
        <translation>The draft could not be saved: %1 It will be tried again at your next change.</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Draft saved at %1</translation>
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
        <translation>Discard the draft</translation>
    </message>
    <message>
        <source>Discard your answers to “%1”?</source>
        <translation>Discard your answers to “%1”?</translation>
    </message>
    <message>
        <source>Your answers and the files you attached will be deleted from this computer. This cannot be undone.</source>
        <translation>Your answers and the files you attached will be deleted from this computer. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete my answers</source>
        <translation>Delete my answers</translation>
    </message>
    <message>
        <source>Keep the draft</source>
        <translation>Keep the draft</translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation>Choose a file to attach</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) need your attention</source>
        <translation>
            <numerusform>%n answer needs your attention</numerusform>
            <numerusform>%n answers need your attention</numerusform>
        </translation>
    </message>
    <message>
        <source>The data the administration already holds about you could not be fetched: %1</source>
        <translation>The data the administration already holds about you could not be fetched: %1</translation>
    </message>
    <message>
        <source>Not reachable now: %1. The answers they provide stay empty until you try again.</source>
        <translation>Not reachable now: %1. The answers they provide stay empty until you try again.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Fetch your data again</source>
        <translation>Fetch your data again</translation>
    </message>
    <message>
        <source>&amp;Continue to summary</source>
        <translation>&amp;Continue to summary</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Discard draft</translation>
    </message>
    <message>
        <source>Discard the draft and delete its answers</source>
        <translation>Discard the draft and delete its answers</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Close the form; the draft is kept</source>
        <translation>Close the form; the draft is kept</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
</context>
<context>
    <name>guichet::FormSigning</name>
    <message>
        <source>Submission of “%1” to %2</source>
        <translation>Submission of “%1” to %2</translation>
    </message>
</context>
<context>
    <name>guichet::FormSummaryView</name>
    <message>
        <source>Check your answers</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <source>This is what you sign and send. Go back to the form to change an answer.</source>
        <translation>This is what you sign and send. Go back to the form to change an answer.</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Back to the form</translation>
    </message>
    <message>
        <source>&amp;Sign and submit</source>
        <translation>&amp;Sign and submit</translation>
    </message>
    <message>
        <source>Sign with your card and submit</source>
        <translation>Sign with your card and submit</translation>
    </message>
    <message>
        <source>Filled in by %1 for %2.</source>
        <translation>Filled in by %1 for %2.</translation>
    </message>
    <message>
        <source>Filled in by %1 on behalf of %2, for %3.</source>
        <translation>Filled in by %1 on behalf of %2, for %3.</translation>
    </message>
    <message>
        <source>Corrections you propose</source>
        <translation>Corrections you propose</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>— already in your documents</source>
        <translation>— already in your documents</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>This is what you send. This form is sent without a signature. Go back to the form to change an answer.</source>
        <translation>This is what you send. This form is sent without a signature. Go back to the form to change an answer.</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>Submit without a signature</source>
        <translation>Submit without a signature</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Your answers</translation>
    </message>
</context>
<context>
    <name>guichet::FormsPage</name>
    <message>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Discard “%1”? Its answers and attached files will be deleted from this computer.</source>
        <translation>Discard “%1”? Its answers and attached files will be deleted from this computer.</translation>
    </message>
    <message>
        <source>“%1” is signed and saved; it is sent as soon as the portal can be reached.</source>
        <translation>“%1” is signed and saved; it is sent as soon as the portal can be reached.</translation>
    </message>
    <message>
        <source>Received by the portal: dossier %1, reference %2. Follow it in My procedures.</source>
        <translation>Received by the portal: dossier %1, reference %2. Follow it in My procedures.</translation>
    </message>
    <message>
        <source>My forms</source>
        <translation>My forms</translation>
    </message>
    <message>
        <source>%1 — changed %2</source>
        <translation>%1 — changed %2</translation>
    </message>
    <message>
        <source>Opening the form…</source>
        <translation>Opening the form…</translation>
    </message>
    <message>
        <source>Signing… follow the instructions of your card reader.</source>
        <translation>Signing… follow the instructions of your card reader.</translation>
    </message>
    <message>
        <source>Forms you started are kept here as drafts until you sign and submit them. Start a new one from Procedures (“Start online procedure”).</source>
        <translation>Forms you started are kept here as drafts until you sign and submit them. Start a new one from Procedures (“Start online procedure”).</translation>
    </message>
    <message>
        <source>No form in progress.</source>
        <translation>No form in progress.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>“%1” is saved; it is sent as soon as the portal can be reached.</source>
        <translation>“%1” is saved; it is sent as soon as the portal can be reached.</translation>
    </message>
    <message>
        <source>Received by the portal: reference %1.</source>
        <translation>Received by the portal: reference %1.</translation>
    </message>
    <message>
        <source>Preparing your submission…</source>
        <translation>Preparing your submission…</translation>
    </message>
    <message>
        <source>Submission received</source>
        <translation>Submission received</translation>
    </message>
    <message>
        <source>Your submission was received with reference %1.

Tracking code: %2

Write this code down or copy it now: it is shown only once, and you need it with the reference to follow your submission.</source>
        <translation>Your submission was received with reference %1.

Tracking code: %2

Write this code down or copy it now: it is shown only once, and you need it with the reference to follow your submission.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>your private space</source>
        <translation>your private space</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
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
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <source>Add to “%1”</source>
        <translation>Add to “%1”</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>None yet. Use “Add” for each one.</source>
        <translation>None yet. Use “Add” for each one.</translation>
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
        <source>Hello, %1</source>
        <translation>Hello, %1</translation>
    </message>
</context>
<context>
    <name>guichet::LineFieldEditor</name>
    <message>
        <source>e.g. LU28 0019 4006 4475 0000</source>
        <translation>e.g. LU28 0019 4006 4475 0000</translation>
    </message>
    <message>
        <source>e.g. 1985 0312 345 67</source>
        <translation>e.g. 1985 0312 345 67</translation>
    </message>
    <message>
        <source>e.g. LU12345678</source>
        <translation>e.g. LU12345678</translation>
    </message>
    <message>
        <source>e.g. name@example.lu</source>
        <translation>e.g. name@example.lu</translation>
    </message>
    <message>
        <source>e.g. +352 621 123 456</source>
        <translation>e.g. +352 621 123 456</translation>
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
    <name>guichet::MessageCard</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 on %2, from %3</source>
        <translation>%1 on %2, from %3</translation>
    </message>
    <message>
        <source>Message, %1 on %2</source>
        <translation>Message, %1 on %2</translation>
    </message>
    <message>
        <source>Message from %1, %2 on %3</source>
        <translation>Message from %1, %2 on %3</translation>
    </message>
    <message>
        <source>Written by you: %1</source>
        <translation>Written by you: %1</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Attached: %1</translation>
    </message>
    <message>
        <source>Your message: %1</source>
        <translation>Your message: %1</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Message text</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Open the attachment %1</source>
        <translation>Open the attachment %1</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>Delete this message</translation>
    </message>
    <message>
        <source>Delete this refused message from this computer</source>
        <translation>Delete this refused message from this computer</translation>
    </message>
</context>
<context>
    <name>guichet::MessagesPage</name>
    <message numerus="yes">
        <source>Messages (%n unread)</source>
        <translation>
            <numerusform>Messages (%n unread)</numerusform>
            <numerusform>Messages (%n unread)</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Your conversations with the administrations. What you write is saved on this computer first and sent as soon as the portal can be reached.</source>
        <translation>Your conversations with the administrations. What you write is saved on this computer first and sent as soon as the portal can be reached.</translation>
    </message>
    <message>
        <source>&amp;Write to an administration…</source>
        <translation>&amp;Write to an administration…</translation>
    </message>
    <message>
        <source>Write a new message to an administration</source>
        <translation>Write a new message to an administration</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>%1, with %2, last message %3</source>
        <translation>%1, with %2, last message %3</translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n unread</numerusform>
            <numerusform>, %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting to be sent</source>
        <translation>
            <numerusform>, %n waiting to be sent</numerusform>
            <numerusform>, %n waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages yet. When an administration writes to you, or you write to one, the conversation appears here.</source>
        <translation>No messages yet. When an administration writes to you, or you write to one, the conversation appears here.</translation>
    </message>
    <message>
        <source>You can write to an administration once you have a dossier or a message with one.</source>
        <translation>You can write to an administration once you have a dossier or a message with one.</translation>
    </message>
    <message>
        <source>Your reply is saved on this computer. It is sent as soon as the portal can be reached.</source>
        <translation>Your reply is saved on this computer. It is sent as soon as the portal can be reached.</translation>
    </message>
    <message>
        <source>Your message is saved on this computer. It is sent as soon as the portal can be reached.</source>
        <translation>Your message is saved on this computer. It is sent as soon as the portal can be reached.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Delete this message?</source>
        <translation>Delete this message?</translation>
    </message>
    <message>
        <source>The portal refused this message; it will not be sent. Its text is deleted from this computer. Copy it first if you want to write it again.</source>
        <translation>The portal refused this message; it will not be sent. Its text is deleted from this computer. Copy it first if you want to write it again.</translation>
    </message>
    <message>
        <source>The refused message was deleted from this computer.</source>
        <translation>The refused message was deleted from this computer.</translation>
    </message>
</context>
<context>
    <name>guichet::MyDataPage</name>
    <message>
        <source>My data</source>
        <translation>My data</translation>
    </message>
    <message>
        <source>What the authentic sources hold about you. Administrations re-use it instead of asking you again. If something is wrong, ask the source for a correction.</source>
        <translation>What the authentic sources hold about you. Administrations re-use it instead of asking you again. If something is wrong, ask the source for a correction.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Your data, by authentic source</source>
        <translation>Your data, by authentic source</translation>
    </message>
    <message>
        <source>Request a &amp;correction…</source>
        <translation>Request a &amp;correction…</translation>
    </message>
    <message>
        <source>Request a correction of the chosen item</source>
        <translation>Request a correction of the chosen item</translation>
    </message>
    <message>
        <source>My correction requests</source>
        <translation>My correction requests</translation>
    </message>
    <message>
        <source>You have not asked for any correction.</source>
        <translation>You have not asked for any correction.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Proposed value</source>
        <translation>Proposed value</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>Authority&apos;s note</source>
        <translation>Authority&apos;s note</translation>
    </message>
    <message>
        <source>Cannot be corrected here</source>
        <translation>Cannot be corrected here</translation>
    </message>
    <message>
        <source>%1 — held by %2, updated %3</source>
        <translation>%1 — held by %2, updated %3</translation>
    </message>
    <message>
        <source>Choose an item to ask for its correction.</source>
        <translation>Choose an item to ask for its correction.</translation>
    </message>
    <message>
        <source>This item cannot be corrected through the portal. Contact the administration that holds it.</source>
        <translation>This item cannot be corrected through the portal. Contact the administration that holds it.</translation>
    </message>
    <message>
        <source>A correction of this item is already under way.</source>
        <translation>A correction of this item is already under way.</translation>
    </message>
    <message>
        <source>Your request is saved on this computer. It is sent to %1 as soon as the portal can be reached.</source>
        <translation>Your request is saved on this computer. It is sent to %1 as soon as the portal can be reached.</translation>
    </message>
    <message>
        <source>%1 — held by %2: not available at the moment</source>
        <translation>%1 — held by %2: not available at the moment</translation>
    </message>
    <message>
        <source>No data from the authentic sources yet. What the registers hold about you appears here after the next synchronisation.</source>
        <translation>No data from the authentic sources yet. What the registers hold about you appears here after the next synchronisation.</translation>
    </message>
</context>
<context>
    <name>guichet::MyProceduresPage</name>
    <message>
        <source>My procedures</source>
        <translation>My procedures</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Show procedures with status</source>
        <translation>Show procedures with status</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>My procedures, grouped by status</source>
        <translation>My procedures, grouped by status</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No procedure has this status.</source>
        <translation>No procedure has this status.</translation>
    </message>
    <message>
        <source>You have not sent any procedure yet. Find one in the catalogue and start it online: it is followed here.</source>
        <translation>You have not sent any procedure yet. Find one in the catalogue and start it online: it is followed here.</translation>
    </message>
    <message>
        <source>The dossier&apos;s progress</source>
        <translation>The dossier&apos;s progress</translation>
    </message>
</context>
<context>
    <name>guichet::NewMessageDialog</name>
    <message>
        <source>Write to an administration</source>
        <translation>Write to an administration</translation>
    </message>
    <message>
        <source>Choose an administration</source>
        <translation>Choose an administration</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Your message</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Send the message</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>Choose an administration, then write a subject and a message first.</source>
        <translation>Choose an administration, then write a subject and a message first.</translation>
    </message>
</context>
<context>
    <name>guichet::NoPortalPanel</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>Start the demo</translation>
    </message>
    <message>
        <source>Opens the application again in demo mode, with a simulated portal and a simulated identity card (PIN 123456).</source>
        <translation>Opens the application again in demo mode, with a simulated portal and a simulated identity card (PIN 123456).</translation>
    </message>
</context>
<context>
    <name>guichet::NoPortalSignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to the portal</source>
        <translation>Sign in to the portal</translation>
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
    <name>guichet::NotificationSettingsPanel</name>
    <message>
        <source>a dossier has a new status</source>
        <translation>a dossier has a new status</translation>
    </message>
    <message>
        <source>an administration writes to me</source>
        <translation>an administration writes to me</translation>
    </message>
    <message>
        <source>an administration consults my data</source>
        <translation>an administration consults my data</translation>
    </message>
    <message>
        <source>a request is refused, or still not sent after an hour</source>
        <translation>a request is refused, or still not sent after an hour</translation>
    </message>
    <message>
        <source>a certificate of my card ends within 60 days</source>
        <translation>a certificate of my card ends within 60 days</translation>
    </message>
    <message>
        <source>Name dossiers and administrations in notifications (they may be seen on the lock screen)</source>
        <translation>Name dossiers and administrations in notifications (they may be seen on the lock screen)</translation>
    </message>
    <message>
        <source>Keep running in the notification area when the window is closed</source>
        <translation>Keep running in the notification area when the window is closed</translation>
    </message>
    <message>
        <source>Notifications and background</source>
        <translation>Notifications and background</translation>
    </message>
    <message>
        <source>Tell me when:</source>
        <translation>Tell me when:</translation>
    </message>
    <message>
        <source>Start Guichet Desktop in the notification area when I log in</source>
        <translation>Start Guichet Desktop in the notification area when I log in</translation>
    </message>
    <message>
        <source>This desktop has no notification area: closing the window ends the application.</source>
        <translation>This desktop has no notification area: closing the window ends the application.</translation>
    </message>
    <message>
        <source>Some of these choices are managed by your administrator.</source>
        <translation>Some of these choices are managed by your administrator.</translation>
    </message>
</context>
<context>
    <name>guichet::NumberFieldEditor</name>
    <message>
        <source>Enter a number, for example %1.</source>
        <translation>Enter a number, for example %1.</translation>
    </message>
</context>
<context>
    <name>guichet::PinDialog</name>
    <message>
        <source>Enter your signature PIN to sign the document.</source>
        <translation>Enter your signature PIN to sign the document.</translation>
    </message>
    <message>
        <source>Enter your PIN to sign in.</source>
        <translation>Enter your PIN to sign in.</translation>
    </message>
    <message>
        <source>Enter your current PIN.</source>
        <translation>Enter your current PIN.</translation>
    </message>
    <message>
        <source>Choose your new PIN.</source>
        <translation>Choose your new PIN.</translation>
    </message>
    <message>
        <source>Last try: a wrong PIN now blocks the card.</source>
        <translation>Last try: a wrong PIN now blocks the card.</translation>
    </message>
    <message numerus="yes">
        <source>%n tries left of %1.</source>
        <translation>
            <numerusform>%n try left of %1.</numerusform>
            <numerusform>%n tries left of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tries left.</source>
        <translation>
            <numerusform>%n try left.</numerusform>
            <numerusform>%n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Card: %1</translation>
    </message>
    <message>
        <source>The PIN was wrong.</source>
        <translation>The PIN was wrong.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message numerus="yes">
        <source>%n digits.</source>
        <translation>
            <numerusform>%n digit.</numerusform>
            <numerusform>%n digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 digits.</source>
        <translation>%1 to %2 digits.</translation>
    </message>
    <message>
        <source>&amp;Type the new PIN again:</source>
        <translation>&amp;Type the new PIN again:</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <source>Enter the PUK (unblocking code) of your card to unblock its PIN.</source>
        <translation>Enter the PUK (unblocking code) of your card to unblock its PIN.</translation>
    </message>
    <message>
        <source>Last try: a wrong PUK now blocks it for good.</source>
        <translation>Last try: a wrong PUK now blocks it for good.</translation>
    </message>
    <message numerus="yes">
        <source>%n PUK tries left of %1.</source>
        <translation>
            <numerusform>%n PUK try left of %1.</numerusform>
            <numerusform>%n PUK tries left of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PUK tries left.</source>
        <translation>
            <numerusform>%n PUK try left.</numerusform>
            <numerusform>%n PUK tries left.</numerusform>
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
        <translation>Type the same new PIN in both fields first.</translation>
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
        <translation>Enter your PIN on the reader&apos;s keypad, then confirm on the reader.</translation>
    </message>
    <message>
        <source>Enter the PUK and then your new PIN on the reader&apos;s keypad, and confirm on the reader.</source>
        <translation>Enter the PUK and then your new PIN on the reader&apos;s keypad, and confirm on the reader.</translation>
    </message>
</context>
<context>
    <name>guichet::PortalSettingsPanel</name>
    <message>
        <source>Portal and network</source>
        <translation>Portal and network</translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation>Portal &amp;address:</translation>
    </message>
    <message>
        <source>Extra &amp;certificate file:</source>
        <translation>Extra &amp;certificate file:</translation>
    </message>
    <message>
        <source>none (the system&apos;s certificates only)</source>
        <translation>none (the system&apos;s certificates only)</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy &amp;host and port:</source>
        <translation>Proxy &amp;host and port:</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>Proxy &amp;user:</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy pass&amp;word:</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>kept in the system keychain</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy port</translation>
    </message>
    <message>
        <source>&amp;Save portal settings</source>
        <translation>&amp;Save portal settings</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>The system&apos;s proxy settings</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>This proxy:</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>No proxy</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is checked against the trusted certificate authorities.</source>
        <translation>The portal&apos;s certificate is checked against the trusted certificate authorities.</translation>
    </message>
    <message numerus="yes">
        <source>The portal&apos;s certificate must also carry one of the %n key(s) your administrator pinned.</source>
        <translation>
            <numerusform>The portal&apos;s certificate must also carry the key your administrator pinned.</numerusform>
            <numerusform>The portal&apos;s certificate must also carry one of the %n keys your administrator pinned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes apply the next time you start the application.</source>
        <translation>Changes apply the next time you start the application.</translation>
    </message>
    <message>
        <source>Some of these values are managed by your administrator. Changes apply the next time you start the application.</source>
        <translation>Some of these values are managed by your administrator. Changes apply the next time you start the application.</translation>
    </message>
</context>
<context>
    <name>guichet::ProcedureDetailView</name>
    <message>
        <source>Who it is for</source>
        <translation>Who it is for</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Before you start</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Choose a procedure in the list to read its description.</source>
        <translation>Choose a procedure in the list to read its description.</translation>
    </message>
    <message>
        <source>&amp;Start online procedure</source>
        <translation>&amp;Start online procedure</translation>
    </message>
    <message>
        <source>Start online procedure</source>
        <translation>Start online procedure</translation>
    </message>
    <message>
        <source>You need your identity card or a LuxTrust product in a reader to do this procedure online.</source>
        <translation>You need your identity card or a LuxTrust product in a reader to do this procedure online.</translation>
    </message>
    <message>
        <source>The full description has not been downloaded yet.</source>
        <translation>The full description has not been downloaded yet.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>%1 €</source>
        <translation>%1 €</translation>
    </message>
    <message>
        <source>You need your identity card (or a LuxTrust product) and a card reader to do this procedure online.</source>
        <translation>You need your identity card (or a LuxTrust product) and a card reader to do this procedure online.</translation>
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
    <message>
        <source>Type the PIN on the reader&apos;s keypad when the reader has one</source>
        <translation>Type the PIN on the reader&apos;s keypad when the reader has one</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Chan&amp;ge…</translation>
    </message>
</context>
<context>
    <name>guichet::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to MyGuichet</source>
        <translation>Sign in to MyGuichet</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>Sign in with my &amp;card</source>
        <translation>Sign in with my &amp;card</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Signing in… confirm with your PIN.</source>
        <translation>Signing in… confirm with your PIN.</translation>
    </message>
    <message>
        <source>Insert your card to sign in.</source>
        <translation>Insert your card to sign in.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>You are not signed in.</translation>
    </message>
    <message>
        <source>Training mode: the simulated card of %1 is inserted; its PIN is 123456. To sign in as someone else, start the application with --persona luc-weber (business user with a signing stick) or --persona paul-hoffmann.</source>
        <translation>Training mode: the simulated card of %1 is inserted; its PIN is 123456. To sign in as someone else, start the application with --persona luc-weber (business user with a signing stick) or --persona paul-hoffmann.</translation>
    </message>
    <message>
        <source>Signed in without a connection as %1: you see the copy kept on this computer. Sign out and in again once the portal can be reached to bring it up to date.</source>
        <translation>Signed in without a connection as %1: you see the copy kept on this computer. Sign out and in again once the portal can be reached to bring it up to date.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>You are already signed in.</source>
        <translation>You are already signed in.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Insert your identity card or signing stick first.</source>
        <translation>Insert your identity card or signing stick first.</translation>
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
        <translation>Manager</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>You are a viewer in this space: you can read its content, but only its administrators and managers can submit forms or upload documents.</source>
        <translation>You are a viewer in this space: you can read its content, but only its administrators and managers can submit forms or upload documents.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your role: %1</source>
        <translation>Your role: %1</translation>
    </message>
    <message>
        <source>Current space</source>
        <translation>Current space</translation>
    </message>
    <message>
        <source>The private space or the company space whose procedures, documents and forms are shown</source>
        <translation>The private space or the company space whose procedures, documents and forms are shown</translation>
    </message>
    <message>
        <source>S&amp;pace:</source>
        <translation>S&amp;pace:</translation>
    </message>
</context>
<context>
    <name>guichet::StartPanel</name>
    <message>
        <source>How to start</source>
        <translation>How to start</translation>
    </message>
    <message>
        <source>Sign in with your card</source>
        <translation>Sign in with your card</translation>
    </message>
    <message>
        <source>Put your identity card or LuxTrust token in the reader, then sign in with your PIN. Your procedures, messages and documents then appear here.</source>
        <translation>Put your identity card or LuxTrust token in the reader, then sign in with your PIN. Your procedures, messages and documents then appear here.</translation>
    </message>
    <message>
        <source>Find a procedure</source>
        <translation>Find a procedure</translation>
    </message>
    <message>
        <source>Read what each procedure asks for; some can be done without a card.</source>
        <translation>Read what each procedure asks for; some can be done without a card.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <source>The application opens again with a simulated portal and a simulated card (PIN 123456): everything can be tried without touching real data.</source>
        <translation>The application opens again with a simulated portal and a simulated card (PIN 123456): everything can be tried without touching real data.</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>Your card</translation>
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
        <translation>Who is submitting</translation>
    </message>
    <message>
        <source>You are not signed in with a card, so the administration knows you only by what you enter here. It will answer you at this e-mail address.</source>
        <translation>You are not signed in with a card, so the administration knows you only by what you enter here. It will answer you at this e-mail address.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>e.g. PT</source>
        <translation>e.g. PT</translation>
    </message>
    <message>
        <source>&amp;Given name (required)</source>
        <translation>&amp;Given name (required)</translation>
    </message>
    <message>
        <source>S&amp;urname (required)</source>
        <translation>S&amp;urname (required)</translation>
    </message>
    <message>
        <source>&amp;E-mail (required)</source>
        <translation>&amp;E-mail (required)</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <source>&amp;Nationality (two-letter country code)</source>
        <translation>&amp;Nationality (two-letter country code)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
</context>
<context>
    <name>guichet::SyncStatusIndicator</name>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Syncing… %1 of %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline — showing the saved copy</source>
        <translation>Offline — showing the saved copy</translation>
    </message>
    <message>
        <source>Sync failed: %1 (%2)</source>
        <translation>Sync failed: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>guichet::ThreadView</name>
    <message>
        <source>Choose a conversation to read it.</source>
        <translation>Choose a conversation to read it.</translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation>Messages of the conversation</translation>
    </message>
    <message>
        <source>This conversation is closed: the administration no longer accepts messages in it. Write a new message to the administration instead.</source>
        <translation>This conversation is closed: the administration no longer accepts messages in it. Write a new message to the administration instead.</translation>
    </message>
    <message>
        <source>Your &amp;reply:</source>
        <translation>Your &amp;reply:</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Your reply</translation>
    </message>
    <message>
        <source>&amp;Send the reply</source>
        <translation>&amp;Send the reply</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Send the reply</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
</context>
<context>
    <name>guichet::TrayPresence</name>
    <message>
        <source>Guichet Desktop: keeps your space up to date</source>
        <translation>Guichet Desktop: keeps your space up to date</translation>
    </message>
    <message>
        <source>&amp;Open Guichet Desktop</source>
        <translation>&amp;Open Guichet Desktop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>guichet::forms::PortalFormGateway</name>
    <message>
        <source>Correction proposed while filling in a form.</source>
        <translation>Correction proposed while filling in a form.</translation>
    </message>
</context>
</TS>
