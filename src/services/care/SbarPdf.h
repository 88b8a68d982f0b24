#pragma once

#include "domain/care/CareRecords.h"

#include <QString>

namespace tf {

struct Client;

// The SBAR form (samordningsmöte, Bilaga 2) as a printable document.
class SbarPdf
{
public:
    // senderName and date are shown in the header; the client by name and
    // personnummer as the receiver needs them.
    static QString html(const SbarReport &report, const Client &client, const QString &senderName);
    // Throws StorageError with a Swedish message when the file cannot be written.
    static void write(const SbarReport &report, const Client &client, const QString &senderName,
        const QString &path);
};

} // namespace tf
