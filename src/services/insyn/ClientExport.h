#pragma once

#include "domain/AccessLogEntry.h"
#include "domain/ClientDossier.h"

#include <QJsonObject>

namespace tf {

class Workspace;

// Gathers everything the program holds about the client, for the client's
// right of access, and records the read (kind dossier, purpose insyn) for
// the workspace's person. Throws StorageError (NotFound) for an unknown id.
// An archive copy for a preserved client is read with purpose gallring.
ClientDossier gatherDossier(
    Workspace &workspace, qint64 clientId, AccessPurpose purpose = AccessPurpose::Insyn);

// The dossier as JSON (docs/client-export.schema.json) and as the HTML of
// its PDF; both hold the same content, with Swedish labels in the PDF.
QJsonObject dossierToJson(const ClientDossier &dossier);
QString dossierToHtml(const ClientDossier &dossier);

// Writes the dossier to the files asked for (either may be empty). Throws
// StorageError with a Swedish message.
void writeClientExport(
    const ClientDossier &dossier, const QString &jsonPath, const QString &pdfPath);

// The same for the archive (urvalsbevarande): the JSON as above, the PDF as
// PDF/A-1b with every font embedded and XMP metadata naming the unit and
// the rule. Throws StorageError with a Swedish message.
void writeClientArchive(const ClientDossier &dossier, const QString &jsonPath,
    const QString &pdfPath, const QString &reference);

} // namespace tf
