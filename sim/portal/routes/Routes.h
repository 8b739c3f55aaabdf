#pragma once

namespace guichet::sim {

struct PortalContext;

// The simulated portal's routes, one function per group of docs/api/portal.yaml.
void addMetaAndCatalogueRoutes(PortalContext& context);
void addPublicSubmissionRoutes(PortalContext& context);
void addAuthRoutes(PortalContext& context);
void addDocumentRoutes(PortalContext& context);
void addDossierRoutes(PortalContext& context);
void addMessageRoutes(PortalContext& context);
void addDataRoutes(PortalContext& context);
void addConsentAndPrefillRoutes(PortalContext& context);

} // namespace guichet::sim
