#include "Pkcs11Logging.h"

Q_LOGGING_CATEGORY(lcPkcs11, "guichet.smartcard.pkcs11", QtInfoMsg)
