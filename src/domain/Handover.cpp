#include "domain/Handover.h"

#include <array>
#include <utility>

namespace tf {

namespace {
const std::array<std::pair<HandoverKind, const char *>, 7> kKeys = {{
    {HandoverKind::Action, "action"},
    {HandoverKind::ContactPerson, "contact_person"},
    {HandoverKind::Nurse, "nurse"},
    {HandoverKind::OccupationalTherapist, "occupational_therapist"},
    {HandoverKind::Physiotherapist, "physiotherapist"},
    {HandoverKind::SipNeed, "sip_need"},
    {HandoverKind::JournalEntry, "journal_entry"},
}};
} // namespace

QString handoverKindKey(HandoverKind kind)
{
    for (const auto &[k, key] : kKeys) {
        if (k == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

bool handoverKindFromKey(const QString &key, HandoverKind *kind)
{
    for (const auto &[k, text] : kKeys) {
        if (key == QLatin1String(text)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString handoverKindLabel(HandoverKind kind)
{
    switch (kind) {
    case HandoverKind::Action:
        return QStringLiteral("Åtgärd");
    case HandoverKind::ContactPerson:
        return QStringLiteral("Fast omsorgskontakt");
    case HandoverKind::Nurse:
        return QStringLiteral("Sjuksköterska");
    case HandoverKind::OccupationalTherapist:
        return QStringLiteral("Arbetsterapeut");
    case HandoverKind::Physiotherapist:
        return QStringLiteral("Fysioterapeut");
    case HandoverKind::SipNeed:
        return QStringLiteral("Ansvarig för SIP");
    case HandoverKind::JournalEntry:
        return QStringLiteral("Att dokumentera i journal");
    }
    return {};
}

} // namespace tf
