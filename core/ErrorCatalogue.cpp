#include "ErrorCatalogue.h"

#include "ErrorCodes.h"

#include <QtGlobal>

#include <algorithm>
#include <array>

namespace guichet {
namespace {

namespace Code = ErrorCode;

// Keep in the same order as docs/errors.md; a test compares the two.
constexpr std::array Entries{
    ErrorEntry{Code::UnknownLanguage,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The requested language is not available."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Choose one of fr (French), de (German) or en (English)."),
               "--lang was given a value other than fr, de or en."},
    ErrorEntry{Code::AlreadyRunningNoAnswer,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Guichet Desktop is already running but does not respond."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Close the other Guichet Desktop window, or end it from the "
                                 "task manager, then start the application again."),
               "A first instance holds the single-instance socket but did not acknowledge the "
               "activation request within the time limit."},
    ErrorEntry{Code::SingleInstanceUnavailable,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Guichet Desktop cannot check whether it is already running."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "You can go on working. Avoid starting the application twice."),
               "QLocalServer::listen failed for the single-instance socket (see detail)."},
    ErrorEntry{Code::BadCommandLine,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The command line is not valid."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Run guichet --help to see the options that are accepted."),
               "Unknown option or missing value on the command line (see detail)."},
    ErrorEntry{Code::ScreenshotFailed,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The screenshots could not be saved."),
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Choose a folder you are allowed to write to."),
               "Writing a PNG for --screenshots failed (see detail for the path)."},
    ErrorEntry{Code::NoDisplay,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "No screen is available to show the window."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Start the application from a desktop session, or use "
                                 "--screenshots FOLDER to save pictures of its pages instead."),
               "Neither DISPLAY nor WAYLAND_DISPLAY is set and no QT_QPA_PLATFORM was chosen."},
    ErrorEntry{Code::QtTranslationMissing,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Some standard texts (buttons, file dialogs) will stay in "
                                 "English."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Ask your administrator to install Qt's translations (on "
                                 "Debian and Ubuntu the package qt6-translations-l10n)."),
               "Qt's own translation (qtbase_<lang>.qm in QLibraryInfo's TranslationsPath, see "
               "detail) is missing or damaged; the application's texts are built in and "
               "unaffected."},
    ErrorEntry{Code::UnknownErrorCode,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "This error code is not known to this version of Guichet "
                                 "Desktop."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Check the code as it is shown: letters, a hyphen and three "
                                 "digits, for example NET-004. A newer version may know it."),
               "--explain or the Diagnostics page's field was given a text that is not a code "
               "of this catalogue (see detail for what was typed)."},
    ErrorEntry{Code::StartAtLoginFailed,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Guichet Desktop could not be set to start when you log in."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Check that your home folder is not full and that you may write "
                                 "to it, or start Guichet Desktop yourself."),
               "Writing or removing the login item failed: the XDG autostart file on Linux, "
               "the Run key on Windows, the LaunchAgents file on macOS (see detail)."},
    ErrorEntry{Code::SettingsCorrupt,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Your settings file is damaged."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The damaged file was kept aside and default settings are "
                                 "used. Check your settings again."),
               "The user settings file could not be parsed; it was renamed (see detail) and "
               "defaults are in force."},
    ErrorEntry{
        Code::SettingLocked,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "This setting is managed by your administrator."),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Ask your administrator if it needs to be changed."),
        "The key is listed under [policy] locked in the system settings file."},
    ErrorEntry{Code::SettingsNotWritable,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Your settings cannot be saved."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Check that your home folder is not full and that you may "
                                 "write to it. Changes apply until you close the application."),
               "QSettings reported an access error when writing the user settings file."},
    ErrorEntry{Code::SettingValueInvalid,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "A setting has a value that is not allowed."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The default value is used instead. Check your settings."),
               "A stored or requested value failed the setting's validation (see detail)."},
    ErrorEntry{Code::PortalNotConfigured,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "No portal is configured."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Start the demo to try the application with a simulated card, or "
                                 "enter the portal address your administration gave you in "
                                 "Settings."),
               "Setting portal/url is empty and --portal was not given; only the card pages "
               "work."},
    ErrorEntry{Code::PortalAddressInvalid,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The portal address is not valid."),
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Check the address in Settings: it looks like "
                                                   "https://www.example.lu."),
               "portal/url or --portal is not an absolute URL with a host (see detail). Nothing "
               "is sent."},
    ErrorEntry{
        Code::PortalAddressNotSecure,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The portal address does not use a secure connection."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Use the portal's address that starts with https://. Nothing "
                          "was sent to the other address."),
        "Only https is accepted; http only for a loopback host with "
        "portal/allowPlainLoopback=true (see detail)."},
    ErrorEntry{
        Code::PortalCaFileUnreadable,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The certificate file for the portal cannot be read."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Check the file given in Settings or with --portal-ca: it must "
                          "exist and hold certificates in PEM format."),
        "portal/caFile or --portal-ca: missing, unreadable or without a PEM certificate "
        "(see detail). The portal is not contacted until it is fixed."},
    ErrorEntry{Code::DataFolderNotWritable,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The data folder cannot be written to."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Free some disk space or choose another data folder in the "
                                 "settings. Nothing is saved until then."),
               "Creating the data folder or writing a probe file into it failed (see detail)."},
    ErrorEntry{Code::LogFileUnavailable,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The log file cannot be written."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The application works normally; only the log for help-desk "
                                 "staff is missing."),
               "Opening or rotating the log file failed; messages go to standard error only."},
    ErrorEntry{Code::DiskAlmostFull,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The disk that holds your data is almost full."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Free some space on this computer (at least 200 MB), then try "
                                 "again. Nothing you have saved is lost."),
               "QStorageInfo of the data folder reports less free space than the diagnosis "
               "threshold (see detail for bytes available)."},
    ErrorEntry{Code::PcscServiceNotRunning,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The smart card service is not running."),
               QT_TRANSLATE_NOOP(
                   "ErrorCatalogue",
                   "Start the smart card service (pcscd on Linux, \"Smart Card\" on Windows) or "
                   "restart the computer. The application notices when it is back."),
               "SCARD_E_NO_SERVICE / SCARD_E_SERVICE_STOPPED: pcscd is not running or not "
               "reachable (check /run/pcscd/pcscd.comm, sandboxing)."},
    ErrorEntry{
        Code::NoReader, QT_TRANSLATE_NOOP("ErrorCatalogue", "No card reader is connected."),
        QT_TRANSLATE_NOOP(
            "ErrorCatalogue",
            "Connect your card reader or signing stick. If it is connected, try another USB port."),
        "SCARD_E_NO_READERS_AVAILABLE: the PC/SC service runs but lists no reader."},
    ErrorEntry{
        Code::NoCard, QT_TRANSLATE_NOOP("ErrorCatalogue", "There is no card in the reader."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Insert your identity card or LuxTrust card in the reader, chip first."),
        "SCARD_E_NO_SMARTCARD / SCARD_W_REMOVED_CARD when connecting."},
    ErrorEntry{
        Code::CardRemoved,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The card was removed during the operation."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Insert the card again and repeat the operation. Nothing was signed."),
        "The card or token disappeared while a transaction or PKCS#11 call was running."},
    ErrorEntry{
        Code::CardNotSupported, QT_TRANSLATE_NOOP("ErrorCatalogue", "This card is not supported."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Use a Luxembourg identity card, a LuxTrust card or signing stick, or "
                          "ask your administrator to configure a PKCS#11 module for this card."),
        "No profile matched the ATR and no configured module offers a token for this reader (see "
        "ATR in detail)."},
    ErrorEntry{Code::ReaderInUse,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The card reader is being used by another application."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Close the other application that uses the card (for example a "
                                 "browser signing extension), then try again."),
               "SCARD_E_SHARING_VIOLATION: another process holds an exclusive connection."},
    ErrorEntry{
        Code::CardNotResponding, QT_TRANSLATE_NOOP("ErrorCatalogue", "The card does not respond."),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Take the card out, clean the chip, insert it again. "
                                            "If it keeps failing, the card may be damaged."),
        "SCARD_W_UNRESPONSIVE_CARD / SCARD_W_UNPOWERED_CARD / SCARD_E_COMM_DATA_LOST / "
        "SCARD_F_COMM_ERROR / protocol mismatch."},
    ErrorEntry{Code::ReaderUnavailable,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The card reader is no longer available."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Check the reader's cable, unplug it and plug it in again."),
               "SCARD_E_READER_UNAVAILABLE / SCARD_E_UNKNOWN_READER: the reader vanished or its "
               "driver failed."},
    ErrorEntry{Code::UnexpectedCardResponse,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The card gave an answer the application does not understand."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Take the card out and insert it again. If it happens "
                                 "again, contact the help desk with the error code."),
               "Malformed or oversized APDU response, or an unexpected status word (see detail)."},
    ErrorEntry{Code::CardOperationCancelled,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The card operation was cancelled."),
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Start the operation again when you are ready."),
               "SCARD_E_CANCELLED, or a PIN-pad entry cancelled by the user (SW 6401)."},
    ErrorEntry{
        Code::CardTimeout,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The card reader did not answer in time."),
        QT_TRANSLATE_NOOP(
            "ErrorCatalogue",
            "Try again. If the reader has a keypad, type your PIN on it without waiting too long."),
        "SCARD_E_TIMEOUT, or PIN-pad timeout (SW 6400)."},
    ErrorEntry{Code::ReaderError,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The card reader reported an error."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Unplug the reader and plug it in again, then try "
                                 "again. Updating the reader's driver may help."),
               "Any other SCARD_* failure (see detail for the code and the call)."},
    ErrorEntry{
        Code::PinPadFailed,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The PIN could not be entered on the reader's keypad."),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Try again, or turn off the use of the keypad in the "
                                            "settings to type the PIN on the computer."),
        "VERIFY/MODIFY_PIN_DIRECT through SCardControl failed or the reader claims a PIN pad it "
        "does not have."},
    ErrorEntry{Code::CardMiddlewareMissing,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Your card is recognised, but the software that uses it is not "
                                 "installed."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Install the card middleware named on the My card page (the "
                                 "LuxTrust Middleware serves LuxTrust cards and sticks and the "
                                 "Luxembourg identity card), then take the card out and put it "
                                 "back."),
               "The ATR matched a card profile, but none of the PKCS#11 modules of that profile "
               "exists on this computer (paths tried are in the detail)."},
    ErrorEntry{
        Code::ModuleNotLoaded,
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "The software for this card is not installed or cannot be started."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Install the card's middleware (for example the LuxTrust or Gemalto "
                          "software, or OpenSC) or set its path in the settings."),
        "dlopen/LoadLibrary of the PKCS#11 module failed (see detail for the path and the loader's "
        "message)."},
    ErrorEntry{Code::ModuleInvalid,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The software for this card does not work as expected."),
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Reinstall or update the card's middleware. "
                                                   "Contact the help desk if it keeps failing."),
               "The module has no C_GetFunctionList, or C_Initialize / C_GetInfo failed (see "
               "detail for the CKR code)."},
    ErrorEntry{
        Code::TokenNotFound,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The card is not visible to its software."),
        QT_TRANSLATE_NOOP(
            "ErrorCatalogue",
            "Take the card out and insert it again. If you use a signing stick, plug it in again."),
        "No PKCS#11 slot with a token matches the reader, or C_GetSlotList returned nothing."},
    ErrorEntry{
        Code::PinIncorrect, QT_TRANSLATE_NOOP("ErrorCatalogue", "The PIN is wrong."),
        QT_TRANSLATE_NOOP(
            "ErrorCatalogue",
            "Type the PIN again carefully. The number of tries left is shown before each entry."),
        "CKR_PIN_INCORRECT (or SW 63Cx): the card counted a wrong PIN."},
    ErrorEntry{
        Code::PinBlocked, QT_TRANSLATE_NOOP("ErrorCatalogue", "The PIN is blocked."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Unblock it with your PUK code, or ask the issuer of the card (the "
                          "commune for an identity card, LuxTrust for a LuxTrust product)."),
        "CKR_PIN_LOCKED (or SW 6983): no tries left."},
    ErrorEntry{Code::PinFormatInvalid,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The PIN does not have the expected form."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Check the length of your PIN and that it contains only digits."),
               "CKR_PIN_LEN_RANGE / CKR_PIN_INVALID, or the profile's PIN rules refused the entry "
               "before it was sent."},
    ErrorEntry{Code::TokenRemoved,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The card or signing stick was removed."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Insert it again and repeat the operation. Nothing was signed."),
               "CKR_DEVICE_REMOVED / CKR_TOKEN_NOT_PRESENT / CKR_SESSION_HANDLE_INVALID during an "
               "operation."},
    ErrorEntry{Code::KeyNotFound,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The certificate or its key was not found on the card."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Take the card out and insert it again. If it keeps "
                                 "failing, the card may need to be renewed."),
               "No private key object with the certificate's CKA_ID, or the certificate vanished."},
    ErrorEntry{Code::MechanismNotSupported,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The card cannot make this kind of signature."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Use another certificate or card, or contact the help desk."),
               "CKR_MECHANISM_INVALID / CKR_KEY_TYPE_INCONSISTENT / unsupported key type or digest "
               "for the key."},
    ErrorEntry{
        Code::TokenError,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The card's software reported an error."),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Take the card out and insert it again, then try "
                                            "again. Contact the help desk if it keeps failing."),
        "Any other CKR_* failure, CKR_GENERAL_ERROR and CKR_DEVICE_ERROR included (see detail)."},
    ErrorEntry{
        Code::PinEntryCancelled,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The PIN entry was cancelled."),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Start again when you are ready. Nothing was signed."),
        "The user cancelled the PIN dialog, or CKR_FUNCTION_CANCELED from a PIN pad."},
    ErrorEntry{Code::NewPinRejected,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The new PIN was not accepted."),
               QT_TRANSLATE_NOOP(
                   "ErrorCatalogue",
                   "Choose a new PIN that follows the rules shown and type it twice the same way."),
               "C_SetPIN failed with CKR_PIN_INVALID / CKR_PIN_LEN_RANGE, or the confirmation did "
               "not match."},
    ErrorEntry{Code::ModuleDoesNotSeeCard,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The card software is installed but does not see your card."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Take the card out and put it back. If it stays so, update or "
                                 "reinstall the card software, or try another reader."),
               "The profile's PKCS#11 module loaded, but none of its slots with a token belongs "
               "to the reader holding the card (C_GetSlotList(TRUE) did not list it)."},
    ErrorEntry{Code::PukIncorrect,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The PUK is wrong. The PIN is still blocked."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Type the PUK again carefully, as it is written in the document "
                                 "you received with the card. The PUK too is blocked after a few "
                                 "wrong tries."),
               "C_Login(CKU_SO) with the PUK failed with CKR_PIN_INCORRECT: the card counted a "
               "wrong PUK (see detail)."},
    ErrorEntry{Code::PukBlocked, QT_TRANSLATE_NOOP("ErrorCatalogue", "The PUK is blocked."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The PIN cannot be unblocked on this computer any more. Contact "
                                 "the issuer of the card."),
               "C_Login(CKU_SO) failed with CKR_PIN_LOCKED, or the token reports "
               "CKF_SO_PIN_LOCKED before any try."},
    ErrorEntry{
        Code::PinUnblockNotSupported,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The software for this card cannot unblock the PIN."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Unblock the PIN the way the issuer of the card describes, or "
                          "contact the help desk. Nothing was changed on the card."),
        "The module has no C_InitPIN, or C_Login(CKU_SO) / C_InitPIN answered "
        "CKR_FUNCTION_NOT_SUPPORTED, CKR_USER_TYPE_INVALID, CKR_USER_PIN_NOT_INITIALIZED "
        "or CKR_USER_NOT_LOGGED_IN, or C_Login(CKU_SO) CKR_GENERAL_ERROR with the token still "
        "present (OpenSC on a PIV card: VERIFY of the PUK refused) (see detail); or the card's "
        "profile names another unblocking procedure (eID: CTIE, LuxTrust: its portal)."},
    ErrorEntry{Code::PukFormatInvalid,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The PUK does not have the expected form."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Check the length of the PUK and type it exactly as it is "
                                 "written."),
               "The PUK's length or characters are outside the token's limits, or "
               "C_Login(CKU_SO) answered CKR_PIN_LEN_RANGE / CKR_PIN_INVALID (see detail)."},
    ErrorEntry{
        Code::CertificateUnreadable,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The certificate on the card cannot be read."),
        QT_TRANSLATE_NOOP(
            "ErrorCatalogue",
            "Take the card out and insert it again. If it keeps failing, contact the help desk."),
        "The DER could not be parsed by OpenSSL (see detail)."},
    ErrorEntry{
        Code::CertificateExpired,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The certificate has expired."),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Renew your card or certificate (the commune for an "
                                            "identity card, LuxTrust for LuxTrust products)."),
        "notAfter is in the past; checked before any PIN entry. Check the computer's clock too."},
    ErrorEntry{Code::CertificateNotYetValid,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The certificate is not valid yet."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Check the date and time of your computer. A new "
                                 "certificate may take a few hours to become valid."),
               "notBefore is in the future; often a wrong system clock."},
    ErrorEntry{
        Code::CertificateUntrusted,
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "The certificate was not issued by a trusted authority."),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Use a card from a recognised issuer, or ask your "
                                            "administrator to add the issuer's root certificate."),
        "Chain building against the configured trusted-roots folder failed (see detail for the "
        "OpenSSL reason)."},
    ErrorEntry{
        Code::CertificateWrongUse,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "This certificate cannot be used for this operation."),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Choose the other certificate of your card: one is for "
                                            "signing in, the other for signing documents."),
        "The key usage does not allow the operation (digitalSignature for authentication, "
        "nonRepudiation for signatures)."},
    ErrorEntry{
        Code::DigestInvalid,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The document could not be prepared for signing."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Try again. If it happens again, contact the help desk."),
        "The digest length does not match the requested hash algorithm, or the algorithm is not "
        "supported for this key."},
    ErrorEntry{Code::SummaryPdfFailed,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The summary document could not be made."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Your answers are kept in the draft. Try again; if it happens "
                                 "again, contact the help desk."),
               "Rendering the summary PDF or embedding submission.json failed (see detail)."},
    ErrorEntry{Code::PdfSigningFailed,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The summary document could not be signed."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Your answers are kept in the draft. Check that your card is "
                                 "still in the reader and try again."),
               "Preparing the PAdES signature (PDF parse, incremental update, CMS) failed or the "
               "signature did not fit the reserved /Contents space (see detail)."},
    ErrorEntry{Code::SignatureInvalid,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The signature of the document is not valid."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The document was changed after signing or the signature is "
                                 "damaged. Sign it again."),
               "PAdES check failed: ByteRange, CMS structure, message digest or signature value "
               "(see detail)."},
    ErrorEntry{
        Code::SignerNotHolder,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The document was signed with another person's card."),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Sign with the card of the person who is signed in."),
        "The signing certificate's holder does not match the authenticated identity."},
    ErrorEntry{Code::AuthCertificateExpired,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The portal refused your card: its certificate has expired."),
               QT_TRANSLATE_NOOP(
                   "ErrorCatalogue",
                   "Renew your card or certificate, and check the date and time of your computer."),
               "401 AUTH-001 from /auth/token: notAfter of the authentication certificate is past "
               "(server clock)."},
    ErrorEntry{Code::AuthCertificateNotYetValid,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The portal refused your card: its certificate is not valid yet."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Check the date and time of your computer, or try again later."),
               "401 AUTH-002 from /auth/token: notBefore in the future (server clock)."},
    ErrorEntry{
        Code::AuthCertificateWrongUse,
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "The portal refused the certificate: it is not the one for signing in."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Sign in with the authentication certificate of your card."),
        "401 AUTH-003: key usage is not digitalSignature-only (a signature certificate was sent)."},
    ErrorEntry{
        Code::AuthCertificateUntrusted,
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "The portal does not recognise the issuer of your card."),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Use a Luxembourg identity card or a LuxTrust product. "
                                            "Contact the help desk if yours is one."),
        "401 AUTH-004: chain to the portal's trusted CAs failed or the certificate is unreadable."},
    ErrorEntry{
        Code::AuthNonceReused,
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "The sign-in attempt was refused because it was not fresh."),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Sign in again."),
        "401 AUTH-005: the nonce was unknown or already used (replay, or a second request)."},
    ErrorEntry{Code::AuthNonceExpired,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The sign-in took too long."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Sign in again and enter your PIN without waiting too long."),
               "401 AUTH-006: the nonce expired before the token request arrived."},
    ErrorEntry{Code::AuthWrongOrigin,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The sign-in was meant for another site."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Check the portal address in the settings, then sign in again."),
               "401 AUTH-007: the origin in the token request differs from the portal's own."},
    ErrorEntry{Code::AuthBadSignature,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The portal could not check the signature of your card."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Sign in again. If it happens again, contact the help desk."),
               "401 AUTH-008: the signature over the hash of hash(origin) followed by hash(nonce) "
               "does not verify."},
    ErrorEntry{Code::AuthSessionExpired,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Your session has ended."),
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Sign in again with your card."),
               "401 AUTH-009: access or refresh token expired or unknown."},
    ErrorEntry{Code::AuthTokenMissing,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "You need to sign in for this."),
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Sign in with your card, then try again."),
               "401 AUTH-010: no bearer token on a personal-space request."},
    ErrorEntry{
        Code::AuthAlgorithmMismatch,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The card's signature does not match its certificate."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Sign in again. If it happens again, contact the help desk."),
        "401 AUTH-011: the algorithm named in the token request does not fit the certificate's key "
        "type."},
    ErrorEntry{
        Code::AuthCertificateRevoked,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The certificate of your card has been revoked."),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Contact the issuer of your card (the commune for an "
                                            "identity card, LuxTrust for LuxTrust products)."),
        "401 AUTH-012: the certificate is revoked (OCSP/CRL on the portal side)."},
    ErrorEntry{Code::AuthIdentityMismatch,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The portal answered for another person than the one on the "
                                 "card."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "You were signed out and nothing of the other person was opened. "
                                 "Sign in again; if this happens again, contact the help desk."),
               "The identity in a token or refresh answer differs from the card's (masked national "
               "number) or from the portal identity bound to this card's local folder (see "
               "detail)."},
    ErrorEntry{
        Code::PortalUnreachable,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The portal cannot be reached."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Check your Internet connection. Your local data stays available."),
        "Connection refused, host not found or timeout (see detail for the Qt network error)."},
    ErrorEntry{
        Code::PortalTlsFailed,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The connection to the portal is not secure."),
        QT_TRANSLATE_NOOP(
            "ErrorCatalogue",
            "Do not go on. Check the portal address and your network; contact the help desk."),
        "TLS handshake or certificate verification failed (see detail); checks are never switched "
        "off."},
    ErrorEntry{
        Code::PortalBadResponse,
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "The portal sent an answer the application does not understand."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Try again later. If it happens again, contact the help desk."),
        "Malformed JSON, wrong content type, oversized body or unexpected status (see detail)."},
    ErrorEntry{Code::PortalTimeout,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The portal did not answer in time."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Nothing is lost: the application tries again by itself. If it "
                                 "keeps happening, check your connection."),
               "Transfer timeout or connect timeout after the retries allowed for the call."},
    ErrorEntry{Code::PortalOffline, QT_TRANSLATE_NOOP("ErrorCatalogue", "You are offline."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "You can keep working with what is on this computer; changes are "
                                 "sent when the connection is back."),
               "No route to the portal (network down, DNS failure) as detected by the client."},
    ErrorEntry{Code::PortalResponseTooLarge,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The portal sent more data than expected."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Try again later. If it happens again, contact the help desk."),
               "Response body larger than the cap for this call; the transfer was aborted."},
    ErrorEntry{Code::PortalServerError,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The portal has a problem at the moment."),
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Nothing is lost. Try again in a few minutes."),
               "5xx answer (see detail for the problem code, e.g. SRV-001, SRV-002)."},
    ErrorEntry{Code::PortalRequestRefused,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The portal refused the request."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Read the portal's explanation below. If it is not clear, "
                                 "contact the help desk with the code."),
               "4xx problem answer not mapped to a more precise code (detail: the portal's code "
               "and title)."},
    ErrorEntry{
        Code::ProxyAuthenticationFailed,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The proxy refused the sign-in."),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Check the proxy user name and password in Settings."),
        "407 or QNetworkReply::ProxyAuthenticationRequiredError."},
    ErrorEntry{Code::PortalKeyNotPinned,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The portal's certificate is not the one this computer expects."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Do not go on: the connection may be intercepted. Contact the "
                                 "help desk."),
               "No certificate in the server's chain has an SPKI SHA-256 listed in "
               "portal/pinnedKeys; the connection was closed after the handshake, before any "
               "request was sent."},
    ErrorEntry{Code::ProxyUnreachable,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The proxy cannot be reached or refused the connection."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Check the proxy in Settings, or ask your network administrator. "
                                 "Your local data stays available."),
               "ProxyConnectionRefused, ProxyNotFound or ProxyConnectionClosed from Qt Network "
               "(see detail)."},
    ErrorEntry{
        Code::ClockDiffers,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "This computer's clock is not at the right time."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Set the date, time and time zone of this computer (or turn on "
                          "automatic time), then try again: certificates and signing in "
                          "depend on it."),
        "The portal's Date header differs from the local clock by more than the "
        "diagnosis allows (see detail for the difference in seconds)."},
    ErrorEntry{Code::SyncFeedEndless,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The portal keeps sending changes without end; the "
                                 "synchronisation was stopped."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "What arrived so far is kept. Try again later; if it happens "
                                 "again, contact the help desk and give them the code."),
               "The change feed repeated a cursor, sent an empty cursor with hasMore, sent 50 "
               "empty pages in a row, or passed 10,000 pages in one run (SpaceSync)."},
    ErrorEntry{
        Code::StoreOpenFailed,
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Your documents and procedures on this computer cannot be opened."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Close other copies of the application and try again. Your data "
                          "on the portal is not affected."),
        "SQLite open failed (locked, permissions, disk full; see detail)."},
    ErrorEntry{Code::StoreMigrationFailed,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Your local data could not be updated to this version."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Nothing was changed. Contact the help desk; the previous version "
                                 "still opens your data."),
               "A schema migration step failed and was rolled back (detail: step and SQL error)."},
    ErrorEntry{Code::StoreFromNewerVersion,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Your local data was written by a newer version of the "
                                 "application."),
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Install the newer version again."),
               "user_version of the database is above the schema this build knows."},
    ErrorEntry{Code::StoreCorrupt,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Your local data is damaged."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The application will fetch it again from the portal. Items not "
                                 "yet sent are kept aside; contact the help desk."),
               "SQLite integrity check failed or SQLITE_CORRUPT/NOTADB."},
    ErrorEntry{Code::StoreLocked,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Your data on this computer is locked: the key that protects it "
                                 "is not available."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Unlock your keychain and sign in again. Nothing is kept on this "
                                 "computer without its key."),
               "A sealed column was read or written before the identity key came from the "
               "keychain (LocalStore::setCipher, DraftStore opened without a cipher)."},
    ErrorEntry{
        Code::StoreSealFailed,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Your data could not be encrypted on this computer."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Nothing was written. Try again; contact the help desk if it "
                          "happens again."),
        "HKDF or AES-256-GCM failed in OpenSSL (no randomness, wrong key size)."},
    ErrorEntry{Code::StoreUnsealFailed,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Some of your data on this computer cannot be decrypted."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "It may have been altered, or the key in your keychain was "
                                 "replaced. Your data on the portal is not affected; contact the "
                                 "help desk."),
               "A sealed value does not authenticate (other key, altered bytes, or moved from "
               "another row); the detail names its place."},
    ErrorEntry{
        Code::VaultKeyMissing,
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "The key that protects your documents on this computer is missing."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "Unlock your keychain. If the key was deleted, your documents are "
                          "fetched again from the portal."),
        "Vault key not found in the OS keychain for this identity."},
    ErrorEntry{
        Code::VaultKeyWrong,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "A document on this computer cannot be decrypted."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "It may have been altered. The application fetches it again from "
                          "the portal; contact the help desk if it happens again."),
        "AES-256-GCM authentication failed (wrong key or modified file)."},
    ErrorEntry{
        Code::VaultWriteFailed,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "A document could not be saved on this computer."),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Free some disk space and try again."),
        "Writing the encrypted file failed (disk full, permissions; see detail)."},
    ErrorEntry{
        Code::VaultBudgetFull,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The space for documents on this computer is full."),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Unpin some documents or raise the limit in Settings."),
        "Size budget reached and nothing evictable (pinned or not yet sent)."},
    ErrorEntry{Code::FormSchemaInvalid,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "This form cannot be shown: it is not valid."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Try again later. If it persists, contact the help desk and give "
                                 "them the code."),
               "The portal's form JSON breaks the form schema; the detail names the section or "
               "field and the rule."},
    ErrorEntry{Code::FormFieldTypeUnknown,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "This form uses a kind of field this version does not know."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Update Guichet Desktop, or fill in the form on the website."),
               "A field has a type outside the known FieldType enum; the detail names it."},
    ErrorEntry{Code::FormRuleCycle,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "This form cannot be shown: its rules contradict each other."),
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Contact the help desk and give them the code."),
               "Visibility rules form a cycle, or refer to a field that does not exist; the "
               "detail names the fields."},
    ErrorEntry{Code::FormTooLarge,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "This form is too large to be shown."),
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Contact the help desk and give them the code."),
               "Field count, nesting depth, rule depth or text length over the client's limits."},
    ErrorEntry{Code::FormAnswersIncomplete,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Some answers still need your attention."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Go back to the fields marked in the form and correct them."),
               "Validation failed for at least one visible field; the detail lists field ids."},
    ErrorEntry{Code::DraftSaveFailed,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Your draft could not be saved."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Keep the form open and free some disk space; the app tries "
                                 "again at your next change."),
               "The draft transaction failed to commit (disk full, read-only folder; see "
               "detail)."},
    ErrorEntry{Code::DraftUnreadable,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "A saved draft could not be read."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The draft is kept untouched. Contact the help desk before "
                                 "discarding it."),
               "Draft row present but its JSON does not parse or names another form."},
    ErrorEntry{Code::AttachmentUnreadable,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The chosen file cannot be attached."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Choose a PDF, JPEG or PNG file within the size shown and check "
                                 "that it can be opened."),
               "File unreadable, wrong media type or over the requirement's size."},
    ErrorEntry{Code::SpaceReadOnly,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Your role in this space does not allow submitting or adding."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Ask an administrator of the company's space to make you a "
                                 "manager, or switch to a space where you are one."),
               "The person is a viewer (portal role member) in the current space; write "
               "actions are refused before anything is sent."},
    ErrorEntry{Code::KeychainUnavailable,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The system keychain cannot be used."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Unlock your keychain (or log in to your desktop session) and try "
                                 "again. Until then you will have to sign in each time."),
               "QtKeychain job failed (no Secret Service on D-Bus, locked keychain, refused "
               "access; see detail)."},
    ErrorEntry{Code::CredentialMissing,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "A saved sign-in is no longer in the keychain."),
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Sign in again with your card."),
               "QtKeychain EntryNotFound for the requested account."},
    ErrorEntry{Code::Unknown, QT_TRANSLATE_NOOP("ErrorCatalogue", "An unexpected error occurred."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Try again. If it happens again, contact the help desk."),
               "No catalogue entry exists for the reported code (see detail)."},
};

} // namespace

const ErrorEntry& ErrorCatalogue::entry(const QString& code)
{
    const auto found = std::find_if(Entries.begin(), Entries.end(), [&](const ErrorEntry& e) {
        return code == QLatin1String(e.code);
    });
    if (found != Entries.end())
        return *found;
    return Entries.back();
}

bool ErrorCatalogue::contains(const QString& code)
{
    return std::any_of(Entries.begin(), Entries.end(),
                       [&](const ErrorEntry& e) { return code == QLatin1String(e.code); });
}

std::span<const ErrorEntry> ErrorCatalogue::all()
{
    return Entries;
}

} // namespace guichet
