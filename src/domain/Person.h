#pragma once

#include <QString>

namespace tf {

// A member of staff (or an adjunct such as a dietist or god man).
struct Person
{
    qint64 id = 0;
    int version = 0;
    QString uuid;
    QString name;
    QString profession; // e.g. "Sjuksköterska", "Undersköterska"
    QString role; // e.g. "Enhetschef", "Fast omsorgskontakt"
    QString login; // database login on PostgreSQL; empty on SQLite
    QString email; // for invitations; empty when unknown
    bool adjunct = false;
    bool active = true;
};

} // namespace tf
