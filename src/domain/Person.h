#pragma once

#include <QDate>
#include <QList>
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
    // The first day the person no longer works here; invalid while they do.
    // From that day they are offered nowhere; their history stays.
    QDate endsOn;

    bool employedOn(const QDate &day) const { return !endsOn.isValid() || day < endsOn; }
};

// By name, then id: the order people are offered in.
bool namedBefore(const Person &a, const Person &b);

// The staff to choose from with those already chosen who are not among
// them (someone chosen who has left since is still shown where chosen),
// by name.
QList<Person> staffWithChosen(QList<Person> staff, const QList<Person> &chosen);

} // namespace tf
