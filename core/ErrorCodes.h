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

inline constexpr char SettingsCorrupt[] = "CFG-001";
inline constexpr char SettingLocked[] = "CFG-002";
inline constexpr char SettingsNotWritable[] = "CFG-003";
inline constexpr char SettingValueInvalid[] = "CFG-004";

inline constexpr char DataFolderNotWritable[] = "DATA-001";
inline constexpr char LogFileUnavailable[] = "DATA-002";

inline constexpr char Unknown[] = "GEN-000";

} // namespace guichet::ErrorCode
