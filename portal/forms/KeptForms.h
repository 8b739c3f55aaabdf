#pragma once

#include "FormGateway.h"
#include "LocalStore.h"
#include "PortalClient.h"

namespace guichet::forms {

// GET /forms/{id} in one language (no token needed), kept in the store so that a
// draft opens without a network: when the portal cannot be reached, the copy kept
// from last time answers instead. Shared by the signed-in and the public gateway.
// `owner` carries the request; `done` runs only while `context` lives.
void fetchKeptForm(net::PortalClient& client, store::LocalStore& store, const QString& formId,
                   const QString& language, QObject* owner, QObject* context,
                   FormGateway::JsonDone done);

} // namespace guichet::forms
