#pragma once

#include <QLoggingCategory>

// One category for the whole smartcard room ("guichet.smartcard").
Q_DECLARE_LOGGING_CATEGORY(lcSmartcard)
