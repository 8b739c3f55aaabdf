#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "guichet.ui", QtInfoMsg)
