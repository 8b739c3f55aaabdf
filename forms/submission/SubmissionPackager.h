#pragma once

#include "FormGateway.h"
#include "FormModel.h"
#include "PadesOptions.h"
#include "Result.h"
#include "Signer.h"
#include "SubmissionManifest.h"
#include "SummaryContent.h"

namespace guichet::forms {

// Everything the signature step needs, copied so it can run on a worker thread while
// the screen stays responsive (the card may ask for a PIN and take seconds).
struct PackageInput
{
    FormModel model;
    QList<SubmissionFile> files;
    SummaryPeople people;
    ManifestContext manifest;
    PadesOptions signature;
};

// How long the steps took (for the benchmark and the log; the token's own signing
// time is measured separately as it is the card's, not ours).
struct PackageTimings
{
    qint64 renderNs = 0;
    qint64 embedNs = 0;
    qint64 signNs = 0; // including the signer
    qint64 signerNs = 0;
    qint64 verifyNs = 0;
};

// Makes the package a person submits: the summary PDF in their language, the
// manifest embedded as submission.json, signed PAdES B-B through `signer` (one PIN
// entry), then checked the way the portal will check it — signature valid, made
// with the signer's certificate, embedded manifest equal to the one sent — so a
// broken package never reaches the outbox. For a form without signature ("none")
// the PDF is left unsigned and `signer` may be null. Blocks: never on the GUI thread.
[[nodiscard]] Result<SubmissionPackage> buildPackage(const PackageInput& input, Signer* signer,
                                                     PackageTimings* timings = nullptr);

} // namespace guichet::forms
