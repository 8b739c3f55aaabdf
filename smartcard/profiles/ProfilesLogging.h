#pragma once

#include <QLoggingCategory>

// Card recognition ("guichet.smartcard.profiles").
Q_DECLARE_LOGGING_CATEGORY(lcProfiles)
