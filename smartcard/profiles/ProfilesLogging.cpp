#include "ProfilesLogging.h"

Q_LOGGING_CATEGORY(lcProfiles, "guichet.smartcard.profiles", QtInfoMsg)
