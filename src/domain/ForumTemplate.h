#pragma once

#include "domain/ServiceType.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tf {

// Where a forum meets, as the routine writes it.
enum class LocationKind {
    Unspecified,
    Digital, // via SEFOS
    Room, // möteslokal
    Ward, // på respektive avdelning / boende
};
QString locationKindKey(LocationKind kind);
LocationKind locationKindFromKey(const QString &key);

struct TemplateParticipant
{
    QString role;
    bool optional = false; // "v.b." in the routine: invited when needed
    bool operator==(const TemplateParticipant &other) const
    {
        return role == other.role && optional == other.optional;
    }
};

struct TemplateAgendaItem
{
    QString title;
    bool perClient = false; // repeated for each client on a teammöte
    bool operator==(const TemplateAgendaItem &other) const
    {
        return title == other.title && perClient == other.perClient;
    }
};

// The routine's definition of one forum for one verksamhet. An organisation
// edits its own copy in the database; `version` guards against lost updates.
struct ForumTemplate
{
    qint64 id = 0;
    int version = 0;
    QString uuid;
    ServiceType serviceType = ServiceType::Sabo;
    QString forum; // one of forumKeys()
    QString name;
    QStringList purpose;
    QString description;
    QString intervalText; // the routine's own words, e.g. "Varannan vecka"
    QString rrule; // RFC 5545, e.g. "FREQ=WEEKLY;INTERVAL=2"
    int timesPerDay = 1;
    bool onDemand = false;
    int minMinutes = 0;
    int maxMinutes = 0;
    bool extendable = false; // "mer tid efter behov"
    QString durationText;
    LocationKind locationKind = LocationKind::Unspecified;
    QString location;
    QList<TemplateParticipant> participants;
    QStringList leaders;
    QStringList heldTogetherWith; // forum keys held at the same occasion
    QList<TemplateAgendaItem> agenda;

    // Empty when the template can be saved, else a Swedish message.
    QString validationError() const;
};

// Interval choices offered in the editor, each an RRULE with a Swedish label.
struct IntervalChoice
{
    QString rrule;
    QString label;
};
const QList<IntervalChoice> &intervalChoices();
QString intervalLabel(const QString &rrule);

} // namespace tf
