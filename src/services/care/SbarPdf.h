#pragma once

#include "domain/care/CareRecords.h"

#include <QString>

namespace tf {

struct Client;

// The SBAR form (samordningsmöte, Bilaga 2) as a printable document, with
// every field of the form in its order.
class SbarPdf
{
public:
    // The whole document. The client is shown by name and personnummer as
    // the receiver needs them; `senderName` stands in for a report saved
    // before the sender's name was kept with it.
    static QString html(const SbarReport &report, const Client &client, const QString &senderName);
    // The form's fields without the document's title, for the client export.
    static QString fieldsHtml(
        const SbarReport &report, const Client &client, const QString &senderName);
    // Throws StorageError with a Swedish message when the file cannot be written.
    static void write(const SbarReport &report, const Client &client, const QString &senderName,
        const QString &path);
};

} // namespace tf
