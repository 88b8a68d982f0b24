#pragma once

#include "domain/ClientDossier.h"

#include <QJsonObject>

namespace tf {

class Workspace;

// Gathers everything the program holds about the client, for the client's
// right of access, and records the read (kind dossier, purpose insyn) for
// the workspace's person. Throws StorageError (NotFound) for an unknown id.
ClientDossier gatherDossier(Workspace &workspace, qint64 clientId);

// The dossier as JSON (docs/client-export.schema.json) and as the HTML of
// its PDF; both hold the same content, with Swedish labels in the PDF.
QJsonObject dossierToJson(const ClientDossier &dossier);
QString dossierToHtml(const ClientDossier &dossier);

// Writes the dossier to the files asked for (either may be empty). Throws
// StorageError with a Swedish message.
void writeClientExport(
    const ClientDossier &dossier, const QString &jsonPath, const QString &pdfPath);

} // namespace tf
