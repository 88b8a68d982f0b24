#include "services/MinutesDocument.h"

#include "domain/StorageError.h"
#include "services/AccessLogger.h"
#include "services/Workspace.h"
#include "services/chair/MeetingLeaders.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/ClientUnitRepository.h"
#include "storage/MeetingGuestRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Query.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitRepository.h"
#include "storage/care/ObjectionRepository.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace tf {

QString initialsOf(const QString &name)
{
    QStringList initials;
    const auto parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        initials << part.left(1).toUpper() + QLatin1Char('.');
    return initials.join(QLatin1Char(' '));
}

QString apartmentLabel(const QString &apartment)
{
    const QString trimmed = apartment.trimmed();
    static const QRegularExpression written(
        QStringLiteral("^(lgh|lägenhet)\\.?\\s*(.+)$"), QRegularExpression::CaseInsensitiveOption);
    if (const auto match = written.match(trimmed); match.hasMatch())
        return QStringLiteral("lgh ") + match.captured(2);
    static const QRegularExpression number(QStringLiteral("^[0-9]+[A-Za-z]?$"));
    return number.match(trimmed).hasMatch() ? QStringLiteral("lgh ") + trimmed : trimmed;
}

QString attendanceText(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Present:
        return QStringLiteral("Närvarande");
    case Attendance::Absent:
        return QStringLiteral("Frånvarande");
    case Attendance::SubstitutePresent:
        return QStringLiteral("Ersättare närvarande");
    case Attendance::Expected:
        break;
    }
    return QStringLiteral("Ej markerad");
}

QString MinutesDocument::personName(qint64 id) const
{
    return people.contains(id) ? people.value(id).name : QString();
}

QString MinutesDocument::clientName(qint64 id, bool anonymize) const
{
    if (!clients.contains(id))
        return {};
    const QString name = clients.value(id).name;
    return anonymize ? initialsOf(name) : name;
}

QList<MinuteEntry> MinutesDocument::entriesOf(qint64 agendaItemId) const
{
    QList<MinuteEntry> list;
    for (const auto &entry : entries) {
        if (entry.agendaItemId == agendaItemId)
            list << entry;
    }
    return list;
}

QList<Action> MinutesDocument::actionsOf(qint64 agendaItemId) const
{
    QList<Action> list;
    for (const auto &action : actions) {
        if (action.agendaItemId == agendaItemId)
            list << action;
    }
    return list;
}

MinutesDocument loadMinutesDocument(Workspace &workspace, qint64 meetingId, AccessPurpose purpose)
{
    MinutesDocument doc;
    const auto meeting = workspace.meetings().byId(meetingId);
    if (!meeting)
        throw StorageError(
            StorageError::Kind::NotFound, QStringLiteral("Mötet %1 finns inte.").arg(meetingId));
    doc.meeting = *meeting;
    if (const auto unit = workspace.units().byId(meeting->unitId))
        doc.unitName = unit->name;
    if (meeting->templateId > 0)
        doc.forumName = workspace.templates().nameOf(meeting->templateId);
    doc.participants = workspace.meetings().participants(meetingId);
    doc.guests = MeetingGuestRepository(workspace.database()).ofMeeting(meetingId);
    doc.leaderName = MeetingLeaders(workspace).of(meetingId).name;
    doc.items = workspace.meetings().agendaItems(meetingId);
    doc.entries = workspace.minutes().entries(meetingId);
    doc.actions = workspace.actions().byMeeting(meetingId);
    doc.addenda = workspace.minutes().addenda(meetingId);
    doc.nextMeetingClientIds = workspace.minutes().nextMeetingClients(meetingId);
    doc.closing = workspace.minutes().closing(meetingId);
    QList<Objection> objections;
    QList<NoteCorrection> corrections;
    ObjectionRepository(workspace.database()).ofMeeting(meetingId, &objections, &corrections);
    for (const Objection &objection : std::as_const(objections))
        if (objection.noteId) // the minutes' text shows no risk assessment
            doc.objections[objection.noteId] << objection;
    for (const NoteCorrection &correction : std::as_const(corrections))
        doc.corrections[correction.noteId] << correction;
    // Only the people the minutes name, not the whole staff register.
    QSet<qint64> named {
        meeting->chairId, meeting->secretaryId, doc.closing.finishedById, doc.closing.approvedById};
    for (const Participant &p : std::as_const(doc.participants))
        named << p.personId << p.substituteId;
    for (const AgendaItem &item : std::as_const(doc.items))
        named << item.raisedById;
    for (const MinuteEntry &entry : std::as_const(doc.entries))
        named << entry.authorId;
    for (const Action &action : std::as_const(doc.actions))
        named << action.responsibleId << action.feedbackById << action.journalById
              << action.doneById;
    for (const MinutesAddendum &addendum : std::as_const(doc.addenda))
        named << addendum.authorId;
    for (const QList<Objection> &list : std::as_const(doc.objections))
        for (const Objection &objection : list)
            named << objection.recordedById;
    for (const QList<NoteCorrection> &list : std::as_const(doc.corrections))
        for (const NoteCorrection &correction : list)
            named << correction.correctedById;
    named.remove(0);
    for (const Person &person : workspace.people().byIds(named.values()))
        doc.people.insert(person.id, person);
    const auto clients = ClientUnitRepository(workspace.database()).namedByMeeting(meetingId);
    for (const Client &client : clients)
        doc.clients.insert(client.id, client);
    QList<qint64> readClients = doc.nextMeetingClientIds;
    for (const AgendaItem &item : std::as_const(doc.items))
        readClients << item.clientId;
    for (const Action &action : std::as_const(doc.actions))
        readClients << action.clientId;
    for (const MeetingGuest &guest : std::as_const(doc.guests))
        if (!guest.isExternal())
            readClients << guest.clientId;
    workspace.accessLogger().clientsRead(readClients, AccessKind::Minutes, purpose, meetingId);
    return doc;
}

QJsonObject actionToJson(const Action &action, const MinutesDocument *names)
{
    const auto name = [names](qint64 id) {
        return names ? QJsonValue(names->personName(id)) : QJsonValue(QJsonValue::Null);
    };
    const auto date = [](const QDate &d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject object {
        {QStringLiteral("id"), action.id},
        {QStringLiteral("meetingId"), action.meetingId},
        {QStringLiteral("agendaItemId"), action.agendaItemId},
        {QStringLiteral("what"), action.what},
        {QStringLiteral("responsibleId"), action.responsibleId},
        {QStringLiteral("dueDate"), date(action.dueDate)},
        {QStringLiteral("followUpDays"), action.followUpDays},
        {QStringLiteral("status"), actionStatusKey(action.status)},
        {QStringLiteral("feedbackToClient"), action.feedbackToClient},
        {QStringLiteral("feedbackById"), action.feedbackById},
        {QStringLiteral("journalEntryNeeded"), action.journalEntryNeeded},
        {QStringLiteral("journalById"), action.journalById},
        {QStringLiteral("doneAt"),
            action.doneUtc.isValid() ? QJsonValue(utcText(action.doneUtc))
                                     : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("doneById"), action.doneById},
    };
    if (names)
        object.insert(QStringLiteral("responsible"), name(action.responsibleId));
    return object;
}

QString MinutesDocument::guestName(const MeetingGuest &guest, bool anonymize) const
{
    if (!anonymize || guest.isExternal()) // an external participant is no client data
        return meetingGuestLabel(guest, clientName(guest.clientId, false));
    if (guest.isClient())
        return QStringLiteral("kunden");
    return guest.relation.trimmed().isEmpty()
        ? QStringLiteral("anhörig")
        : QStringLiteral("anhörig (%1)").arg(guest.relation.trimmed());
}

QJsonObject minutesToJson(const MinutesDocument &doc)
{
    QJsonArray attendance;
    for (const auto &p : doc.participants) {
        attendance.append(QJsonObject {
            {QStringLiteral("personId"), p.personId},
            {QStringLiteral("name"), doc.personName(p.personId)},
            {QStringLiteral("role"), p.role},
            {QStringLiteral("adjunct"), p.adjunct},
            {QStringLiteral("attendance"), attendanceKey(p.attendance)},
            {QStringLiteral("substituteId"), p.substituteId},
            {QStringLiteral("substitute"), doc.personName(p.substituteId)},
        });
    }
    QJsonArray guests;
    for (const MeetingGuest &guest : doc.guests) {
        if (guest.isExternal()) {
            guests.append(QJsonObject {{QStringLiteral("externalId"), guest.external.id},
                {QStringLiteral("name"), guest.external.name},
                {QStringLiteral("organisation"), guest.external.organisation},
                {QStringLiteral("role"), guest.external.role},
                {QStringLiteral("attendance"), attendanceKey(guest.attendance)}});
            continue;
        }
        guests.append(QJsonObject {{QStringLiteral("clientId"), guest.clientId},
            {QStringLiteral("name"),
                guest.isClient() ? doc.clientName(guest.clientId, false) : guest.relativeName},
            {QStringLiteral("relation"),
                guest.isClient() ? QStringLiteral("kund") : guest.relation},
            {QStringLiteral("attendance"), attendanceKey(guest.attendance)}});
    }
    QJsonArray items;
    for (const auto &item : doc.items) {
        QJsonArray notes;
        for (const auto &entry : doc.entriesOf(item.id)) {
            QJsonArray objections;
            for (const Objection &objection : doc.objections.value(entry.id))
                objections.append(QJsonObject {{QStringLiteral("text"), objection.text},
                    {QStringLiteral("recordedAt"),
                        objection.recordedUtc.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("recordedBy"), doc.personName(objection.recordedById)}});
            QJsonArray corrections;
            for (const NoteCorrection &correction : doc.corrections.value(entry.id))
                corrections.append(
                    QJsonObject {{QStringLiteral("previousText"), correction.previousText},
                        {QStringLiteral("reason"), correction.reason},
                        {QStringLiteral("correctedAt"),
                            correction.correctedUtc.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("correctedBy"), doc.personName(correction.correctedById)}});
            notes.append(QJsonObject {{QStringLiteral("id"), entry.id},
                {QStringLiteral("section"), entry.section},
                {QStringLiteral("title"), sectionTitle(entry.section)},
                {QStringLiteral("text"), entry.text}, {QStringLiteral("objections"), objections},
                {QStringLiteral("corrections"), corrections}});
        }
        items.append(QJsonObject {{QStringLiteral("id"), item.id},
            {QStringLiteral("position"), item.position}, {QStringLiteral("title"), item.title},
            {QStringLiteral("clientId"), item.clientId}, {QStringLiteral("notes"), notes}});
    }
    QJsonArray actions;
    for (const auto &action : doc.actions)
        actions.append(actionToJson(action, &doc));
    QJsonArray addenda;
    for (const auto &addendum : doc.addenda)
        addenda.append(QJsonObject {{QStringLiteral("createdAt"), utcText(addendum.createdUtc)},
            {QStringLiteral("author"), doc.personName(addendum.authorId)},
            {QStringLiteral("agendaItemId"), addendum.agendaItemId},
            {QStringLiteral("text"), addendum.text}});
    QJsonArray next;
    for (qint64 id : doc.nextMeetingClientIds)
        next.append(id);
    const auto &m = doc.meeting;
    return QJsonObject {
        {QStringLiteral("meetingId"), m.id},
        {QStringLiteral("forum"), doc.forumName},
        {QStringLiteral("unit"), doc.unitName},
        {QStringLiteral("start"), utcText(m.startUtc)},
        {QStringLiteral("minutes"), m.minutes},
        {QStringLiteral("location"), m.location},
        {QStringLiteral("status"), meetingStatusKey(m.status)},
        {QStringLiteral("chair"), doc.personName(m.chairId)},
        {QStringLiteral("leader"), doc.leaderName},
        {QStringLiteral("secretary"), doc.personName(m.secretaryId)},
        {QStringLiteral("approvedBy"), doc.personName(doc.closing.approvedById)},
        {QStringLiteral("approvedAt"),
            doc.closing.isApproved() ? QJsonValue(utcText(doc.closing.approvedUtc))
                                     : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("locked"), doc.closing.locked},
        {QStringLiteral("attendance"), attendance},
        {QStringLiteral("guests"), guests},
        {QStringLiteral("items"), items},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("addenda"), addenda},
        {QStringLiteral("clientsForNextMeeting"), next},
    };
}

} // namespace tf
