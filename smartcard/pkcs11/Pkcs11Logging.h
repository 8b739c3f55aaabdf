#pragma once

#include <QLoggingCategory>

// The PKCS#11 layer's own category ("guichet.smartcard.pkcs11"). A PIN is never logged.
Q_DECLARE_LOGGING_CATEGORY(lcPkcs11)
