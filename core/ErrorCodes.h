#pragma once

// Stable error codes. A code never changes meaning once released: help-desk staff
// and the documentation (docs/errors.md) refer to it. New codes are appended.
namespace guichet::ErrorCode {

inline constexpr char UnknownLanguage[] = "APP-001";
inline constexpr char AlreadyRunningNoAnswer[] = "APP-002";
inline constexpr char SingleInstanceUnavailable[] = "APP-003";
inline constexpr char BadCommandLine[] = "APP-004";
inline constexpr char ScreenshotFailed[] = "APP-005";
inline constexpr char NoDisplay[] = "APP-006";
inline constexpr char QtTranslationMissing[] = "APP-007";
inline constexpr char UnknownErrorCode[] = "APP-008";
inline constexpr char StartAtLoginFailed[] = "APP-009";

inline constexpr char SettingsCorrupt[] = "CFG-001";
inline constexpr char SettingLocked[] = "CFG-002";
inline constexpr char SettingsNotWritable[] = "CFG-003";
inline constexpr char SettingValueInvalid[] = "CFG-004";
// Which portal the application talks to (settings portal/*, --portal, --portal-ca).
inline constexpr char PortalNotConfigured[] = "CFG-005";
inline constexpr char PortalAddressInvalid[] = "CFG-006";
inline constexpr char PortalAddressNotSecure[] = "CFG-007";
inline constexpr char PortalCaFileUnreadable[] = "CFG-008";

inline constexpr char DataFolderNotWritable[] = "DATA-001";
inline constexpr char LogFileUnavailable[] = "DATA-002";
inline constexpr char DiskAlmostFull[] = "DATA-003";

// Card readers and cards (PC/SC).
inline constexpr char PcscServiceNotRunning[] = "CARD-001";
inline constexpr char NoReader[] = "CARD-002";
inline constexpr char NoCard[] = "CARD-003";
inline constexpr char CardRemoved[] = "CARD-004";
inline constexpr char CardNotSupported[] = "CARD-005";
inline constexpr char ReaderInUse[] = "CARD-006";
inline constexpr char CardNotResponding[] = "CARD-007";
inline constexpr char ReaderUnavailable[] = "CARD-008";
inline constexpr char UnexpectedCardResponse[] = "CARD-009";
inline constexpr char CardOperationCancelled[] = "CARD-010";
inline constexpr char CardTimeout[] = "CARD-011";
inline constexpr char ReaderError[] = "CARD-012";
inline constexpr char PinPadFailed[] = "CARD-013";
inline constexpr char CardMiddlewareMissing[] = "CARD-014";

// PKCS#11 modules and tokens.
inline constexpr char ModuleNotLoaded[] = "P11-001";
inline constexpr char ModuleInvalid[] = "P11-002";
inline constexpr char TokenNotFound[] = "P11-003";
inline constexpr char PinIncorrect[] = "P11-004";
inline constexpr char PinBlocked[] = "P11-005";
inline constexpr char PinFormatInvalid[] = "P11-006";
inline constexpr char TokenRemoved[] = "P11-007";
inline constexpr char KeyNotFound[] = "P11-008";
inline constexpr char MechanismNotSupported[] = "P11-009";
inline constexpr char TokenError[] = "P11-010";
inline constexpr char PinEntryCancelled[] = "P11-011";
inline constexpr char NewPinRejected[] = "P11-012";
inline constexpr char ModuleDoesNotSeeCard[] = "P11-013";
// Unblocking a blocked PIN with the PUK (security officer login, then C_InitPIN).
inline constexpr char PukIncorrect[] = "P11-014";
inline constexpr char PukBlocked[] = "P11-015";
inline constexpr char PinUnblockNotSupported[] = "P11-016";
inline constexpr char PukFormatInvalid[] = "P11-017";

// Certificates.
inline constexpr char CertificateUnreadable[] = "CERT-001";
inline constexpr char CertificateExpired[] = "CERT-002";
inline constexpr char CertificateNotYetValid[] = "CERT-003";
inline constexpr char CertificateUntrusted[] = "CERT-004";
inline constexpr char CertificateWrongUse[] = "CERT-005";

// Signatures.
inline constexpr char DigestInvalid[] = "SIGN-001";
inline constexpr char SummaryPdfFailed[] = "SIGN-002";
inline constexpr char PdfSigningFailed[] = "SIGN-003";
inline constexpr char SignatureInvalid[] = "SIGN-004";
inline constexpr char SignerNotHolder[] = "SIGN-005";

// Forms and drafts.
inline constexpr char FormSchemaInvalid[] = "FORM-001";
inline constexpr char FormFieldTypeUnknown[] = "FORM-002";
inline constexpr char FormRuleCycle[] = "FORM-003";
inline constexpr char FormTooLarge[] = "FORM-004";
inline constexpr char FormAnswersIncomplete[] = "FORM-005";
inline constexpr char DraftSaveFailed[] = "FORM-006";
inline constexpr char DraftUnreadable[] = "FORM-007";
inline constexpr char AttachmentUnreadable[] = "FORM-008";

// Spaces (the private one and the professional ones of a company).
inline constexpr char SpaceReadOnly[] = "SPACE-001";

// Signing in to the portal (the codes the portal answers with, shown as they are).
inline constexpr char AuthCertificateExpired[] = "AUTH-001";
inline constexpr char AuthCertificateNotYetValid[] = "AUTH-002";
inline constexpr char AuthCertificateWrongUse[] = "AUTH-003";
inline constexpr char AuthCertificateUntrusted[] = "AUTH-004";
inline constexpr char AuthNonceReused[] = "AUTH-005";
inline constexpr char AuthNonceExpired[] = "AUTH-006";
inline constexpr char AuthWrongOrigin[] = "AUTH-007";
inline constexpr char AuthBadSignature[] = "AUTH-008";
inline constexpr char AuthSessionExpired[] = "AUTH-009";
inline constexpr char AuthTokenMissing[] = "AUTH-010";
inline constexpr char AuthAlgorithmMismatch[] = "AUTH-011";
inline constexpr char AuthCertificateRevoked[] = "AUTH-012";
inline constexpr char AuthIdentityMismatch[] = "AUTH-013";

// Talking to the portal.
inline constexpr char PortalUnreachable[] = "NET-001";
inline constexpr char PortalTlsFailed[] = "NET-002";
inline constexpr char PortalBadResponse[] = "NET-003";
inline constexpr char PortalTimeout[] = "NET-004";
inline constexpr char PortalOffline[] = "NET-005";
inline constexpr char PortalResponseTooLarge[] = "NET-006";
inline constexpr char PortalServerError[] = "NET-007";
inline constexpr char PortalRequestRefused[] = "NET-008";
inline constexpr char ProxyAuthenticationFailed[] = "NET-009";
inline constexpr char PortalKeyNotPinned[] = "NET-010";
inline constexpr char ProxyUnreachable[] = "NET-011";
inline constexpr char ClockDiffers[] = "NET-012";

// Keeping the local copy in step with the portal.
inline constexpr char SyncFeedEndless[] = "SYNC-001";

// The local store of a person's space and its encrypted document vault.
inline constexpr char StoreOpenFailed[] = "STORE-001";
inline constexpr char StoreMigrationFailed[] = "STORE-002";
inline constexpr char StoreFromNewerVersion[] = "STORE-003";
inline constexpr char StoreCorrupt[] = "STORE-004";
// The store's personal values are sealed with the identity's key (FieldCipher).
inline constexpr char StoreLocked[] = "STORE-005";
inline constexpr char StoreSealFailed[] = "STORE-006";
inline constexpr char StoreUnsealFailed[] = "STORE-007";
inline constexpr char VaultKeyMissing[] = "VAULT-001";
inline constexpr char VaultKeyWrong[] = "VAULT-002";
inline constexpr char VaultWriteFailed[] = "VAULT-003";
inline constexpr char VaultBudgetFull[] = "VAULT-004";

// The operating system's keychain.
inline constexpr char KeychainUnavailable[] = "KEY-001";
inline constexpr char CredentialMissing[] = "KEY-002";

inline constexpr char Unknown[] = "GEN-000";

} // namespace guichet::ErrorCode
