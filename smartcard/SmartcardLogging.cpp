#include "SmartcardLogging.h"

Q_LOGGING_CATEGORY(lcSmartcard, "guichet.smartcard", QtInfoMsg)
