#pragma once

#include <QLoggingCategory>

// Certificate parsing and chain checks ("guichet.smartcard.certificates").
Q_DECLARE_LOGGING_CATEGORY(lcCertificates)
