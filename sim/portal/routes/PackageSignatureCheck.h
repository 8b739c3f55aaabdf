#pragma once

#include "ApiMessage.h"
#include "PortalContext.h"
#include "SubmissionChecks.h"

#include <optional>

namespace guichet::sim::routes {

// The signed package of a personal submission, checked in the order of
// docs/api/portal.yaml: the `package` part is a valid PAdES signature (422 SUB-001);
// its signer's certificate chains to a CA the portal trusts and names the
// authenticated person (422 SUB-002); the `submission.json` embedded in the PDF is
// byte for byte the `submission` part (422 SUB-007); a manifest `onBehalfOf` names
// the company of the space it is sent to (422 SUB-008).
[[nodiscard]] std::optional<ApiResponse>
checkSignedPackage(PortalContext& context, const ApiRequest& request, const Submission& submission);

} // namespace guichet::sim::routes
