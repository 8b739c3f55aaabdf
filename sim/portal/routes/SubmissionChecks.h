#pragma once

#include "ApiMessage.h"
#include "Multipart.h"
#include "PortalContext.h"

#include <functional>

namespace guichet::sim::routes {

// A multipart submission taken apart: the manifest and the files.
struct Submission
{
    QJsonObject manifest;
    QByteArray manifestBytes;   // the `submission` part exactly as received
    QList<MultipartPart> files; // every part but the manifest
    QJsonObject form;           // the form the manifest names, in the request's language
};

// Reads and checks what the public and the personal submission have in common:
// multipart body (REQ-004), a JSON `submission` part (REQ-001), the form and its
// version (404 RES-001 / 422 SUB-004), the attachments against the manifest by
// size and SHA-256 (422 SUB-003). `attachmentPart` is the name of the file parts.
// `beforeAttachments` runs between the form version and the attachments, the place
// docs/api/portal.yaml gives the signed package's checks (SUB-001, SUB-002, SUB-007).
using SubmissionCheck = std::function<std::optional<ApiResponse>(const Submission&)>;
[[nodiscard]] std::optional<ApiResponse>
readSubmission(PortalContext& context, const ApiRequest& request, Submission& submission,
               const SubmissionCheck& beforeAttachments = {});

// The attachment parts, matched to manifest entries by SHA-256 (hex, lower case).
[[nodiscard]] QList<MultipartPart> attachmentParts(const Submission& submission);

} // namespace guichet::sim::routes
