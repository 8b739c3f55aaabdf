#include "AppLogging.h"

Q_LOGGING_CATEGORY(lcApp, "guichet.app", QtInfoMsg)
