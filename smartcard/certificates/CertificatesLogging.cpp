#include "CertificatesLogging.h"

Q_LOGGING_CATEGORY(lcCertificates, "guichet.smartcard.certificates", QtInfoMsg)
