#pragma once

#include "DocumentVault.h"
#include "PortalRequest.h"
#include "Result.h"
#include "StoreTypes.h"

namespace guichet::sync {

// Turns a stored outbox entry into the request the portal expects.
//
// Without attachments the body is sent as application/json. With attachments the
// request is multipart/form-data, laid out by the entry's JSON body:
//   {"fields": {"title": "Payslip"},          -> text parts
//    "jsonParts": {"message": {...}},          -> application/json parts
//    "fileParts": ["file"]}                    -> part name of attachment i
// (an attachment without a name in fileParts is sent as part "file"). Attachment
// contents come from the vault (their documentId). The Idempotency-Key is the one
// stored with the entry, so a repeat after a crash is recognised by the portal.
[[nodiscard]] Result<net::PortalRequest> outboxRequest(const store::OutboxEntry& entry,
                                                       const store::DocumentVault* vault);

} // namespace guichet::sync
