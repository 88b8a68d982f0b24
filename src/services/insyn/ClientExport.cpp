#include "services/insyn/ClientExport.h"

#include "domain/StorageError.h"
#include "services/AccessLogger.h"
#include "services/ExportFile.h"
#include "services/PdfDocument.h"
#include "services/Workspace.h"
#include "storage/AccessLogRepository.h"
#include "storage/ActionRepository.h"
#include "storage/ClientDossierRepository.h"
#include "storage/ClientRepository.h"
#include "storage/ClientUnitRepository.h"
#include "storage/Database.h"
#include "storage/MeetingGuestRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReadBatch.h"
#include "storage/UnitRepository.h"
#include "storage/care/CareMeasureRepository.h"
#include "storage/care/CarePlanRepository.h"
#include "storage/care/CareRepository.h"
#include "storage/care/ConsentRepository.h"
#include "storage/care/HospitalStayRepository.h"
#include "storage/care/JournalRepository.h"
#include "storage/care/ObjectionRepository.h"
#include "storage/care/RiskRepository.h"
#include "storage/care/SbarRepository.h"
#include "storage/care/SipRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace tf {

namespace {
QJsonValue utcOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

class Names
{
public:
    explicit Names(const ClientDossier &dossier)
        : m_people(dossier.people)
    { }
    QJsonValue json(qint64 id) const { return id ? QJsonValue(text(id)) : QJsonValue(); }
    QString text(qint64 id) const { return id ? m_people.value(id) : QString(); }

private:
    const QHash<qint64, QString> &m_people;
};

QJsonObject clientJson(const ClientDossier &dossier, const Names &names)
{
    const Client &client = dossier.client;
    return {{QStringLiteral("id"), client.id},
        {QStringLiteral("personnummer"), client.personnummer},
        {QStringLiteral("name"), client.name}, {QStringLiteral("apartment"), client.apartment},
        {QStringLiteral("unit"), dossier.unitName},
        {QStringLiteral("contactPerson"), names.json(client.contactPersonId)},
        {QStringLiteral("nurse"), names.json(client.nurseId)},
        {QStringLiteral("occupationalTherapist"), names.json(client.occupationalTherapistId)},
        {QStringLiteral("physiotherapist"), names.json(client.physiotherapistId)}};
}

QJsonValue participationJson(const std::optional<Participation> &participation)
{
    if (!participation)
        return QJsonValue();
    return QJsonObject {{QStringLiteral("clientAsked"), participation->clientAsked},
        {QStringLiteral("clientWishes"), participation->clientWishes},
        {QStringLiteral("notAskedReason"), participation->notAskedReason},
        {QStringLiteral("relatives"), relativesAskedKey(participation->relatives)},
        {QStringLiteral("relativesNote"), participation->relativesNote}};
}

QJsonArray objectionsJson(
    const ClientDossier &dossier, const Names &names, qint64 noteId, qint64 assessmentId)
{
    QJsonArray objections;
    for (const Objection &objection : dossier.objections)
        if ((noteId && objection.noteId == noteId)
            || (assessmentId && objection.assessmentId == assessmentId))
            objections.append(QJsonObject {{QStringLiteral("text"), objection.text},
                {QStringLiteral("recordedAt"), utcOrNull(objection.recordedUtc)},
                {QStringLiteral("recordedBy"), names.json(objection.recordedById)}});
    return objections;
}

QJsonArray correctionsJson(const ClientDossier &dossier, const Names &names, qint64 noteId)
{
    QJsonArray corrections;
    for (const NoteCorrection &correction : dossier.corrections)
        if (correction.noteId == noteId)
            corrections.append(
                QJsonObject {{QStringLiteral("previousText"), correction.previousText},
                    {QStringLiteral("reason"), correction.reason},
                    {QStringLiteral("correctedAt"), utcOrNull(correction.correctedUtc)},
                    {QStringLiteral("correctedBy"), names.json(correction.correctedById)}});
    return corrections;
}

QJsonArray itemsJson(const ClientDossier &dossier, const Names &names)
{
    QJsonArray items;
    for (const DossierItem &entry : dossier.items) {
        QJsonArray notes;
        for (const MinuteEntry &note : entry.notes)
            notes.append(QJsonObject {{QStringLiteral("id"), note.id},
                {QStringLiteral("section"), note.section}, {QStringLiteral("text"), note.text},
                {QStringLiteral("author"), names.json(note.authorId)},
                {QStringLiteral("updatedAt"), utcOrNull(note.updatedUtc)},
                {QStringLiteral("objections"), objectionsJson(dossier, names, note.id, 0)},
                {QStringLiteral("corrections"), correctionsJson(dossier, names, note.id)}});
        items.append(QJsonObject {{QStringLiteral("id"), entry.item.id},
            {QStringLiteral("meetingId"), entry.item.meetingId},
            {QStringLiteral("meetingStart"), utcOrNull(entry.meetingStartUtc)},
            {QStringLiteral("forum"), entry.forum}, {QStringLiteral("unit"), entry.unitName},
            {QStringLiteral("title"), entry.item.title}, {QStringLiteral("body"), entry.item.body},
            {QStringLiteral("raisedBy"), names.json(entry.item.raisedById)},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("participation"), participationJson(entry.participation)}});
    }
    return items;
}

QJsonArray actionsJson(const ClientDossier &dossier, const Names &names)
{
    QJsonArray actions;
    for (const DossierAction &entry : dossier.actions) {
        const Action &action = entry.action;
        QJsonValue feedback;
        if (entry.feedback)
            feedback
                = QJsonObject {{QStringLiteral("givenOn"), dateOrNull(entry.feedback->givenOn)},
                    {QStringLiteral("method"), feedbackMethodKey(entry.feedback->method)},
                    {QStringLiteral("givenBy"), names.json(entry.feedback->givenById)},
                    {QStringLiteral("note"), entry.feedback->note}};
        QJsonValue journal;
        if (entry.journal)
            journal = QJsonObject {{QStringLiteral("record"), entry.journal->record},
                {QStringLiteral("documentedBy"), names.json(entry.journal->documentedById)},
                {QStringLiteral("documentedAt"), utcOrNull(entry.journal->documentedUtc)}};
        actions.append(QJsonObject {{QStringLiteral("id"), action.id},
            {QStringLiteral("meetingId"),
                action.meetingId ? QJsonValue(action.meetingId) : QJsonValue()},
            {QStringLiteral("what"), action.what},
            {QStringLiteral("responsible"), names.json(action.responsibleId)},
            {QStringLiteral("dueDate"), dateOrNull(action.dueDate)},
            {QStringLiteral("status"), actionStatusKey(action.status)},
            {QStringLiteral("doneAt"), utcOrNull(action.doneUtc)},
            {QStringLiteral("feedback"), feedback},
            {QStringLiteral("journalBy"),
                action.journalEntryNeeded ? names.json(action.journalById) : QJsonValue()},
            {QStringLiteral("journal"), journal}});
    }
    return actions;
}

QJsonArray assessmentsJson(const ClientDossier &dossier, const Names &names)
{
    QJsonArray assessments;
    for (const RiskAssessment &assessment : dossier.assessments) {
        QJsonObject notAssessed;
        for (auto it = assessment.notAssessed.cbegin(); it != assessment.notAssessed.cend(); ++it)
            notAssessed.insert(it.key(), it.value());
        QJsonObject object {{QStringLiteral("id"), assessment.id},
            {QStringLiteral("instrument"), assessment.instrument},
            {QStringLiteral("instrumentVersion"), assessment.instrumentVersion},
            {QStringLiteral("assessedAt"), utcOrNull(assessment.assessedUtc)},
            {QStringLiteral("assessedBy"), names.json(assessment.assessedById)},
            {QStringLiteral("complete"), assessment.complete},
            {QStringLiteral("score"),
                assessment.result.score ? QJsonValue(*assessment.result.score) : QJsonValue()},
            {QStringLiteral("risk"), assessment.result.risk},
            {QStringLiteral("level"), assessment.result.level},
            {QStringLiteral("answers"), assessment.answers},
            {QStringLiteral("notAssessed"), notAssessed},
            {QStringLiteral("comment"), assessment.comment},
            {QStringLiteral("objections"), objectionsJson(dossier, names, 0, assessment.id)}};
        assessments.append(object);
    }
    return assessments;
}

QJsonArray servingUnitsJson(const ClientDossier &dossier)
{
    QJsonArray units;
    for (const DossierUnit &entry : dossier.servingUnits)
        units.append(QJsonObject {{QStringLiteral("unit"), entry.unitName},
            {QStringLiteral("from"), dateOrNull(entry.serving.from)},
            {QStringLiteral("to"), dateOrNull(entry.serving.to)}});
    return units;
}

QJsonArray riskCarePlanJson(const ClientDossier &dossier, const Names &names)
{
    QJsonArray measures;
    for (const CareMeasure &measure : dossier.riskCareMeasures)
        measures.append(QJsonObject {{QStringLiteral("assessmentId"), measure.assessmentId},
            {QStringLiteral("what"), measure.what},
            {QStringLiteral("responsible"), names.json(measure.responsibleId)},
            {QStringLiteral("followUpOn"), dateOrNull(measure.followUpOn)},
            {QStringLiteral("createdOn"), dateOrNull(measure.createdOn)},
            {QStringLiteral("createdBy"), names.json(measure.createdById)},
            {QStringLiteral("followedUpOn"), dateOrNull(measure.followedUpOn)},
            {QStringLiteral("outcome"), measure.outcome}});
    return measures;
}

QJsonArray hospitalStaysJson(const ClientDossier &dossier, const Names &names)
{
    QJsonArray stays;
    for (const HospitalStay &stay : dossier.hospitalStays)
        stays.append(QJsonObject {{QStringLiteral("admittedOn"), dateOrNull(stay.admittedOn)},
            {QStringLiteral("dischargedOn"), dateOrNull(stay.dischargedOn)},
            {QStringLiteral("note"), stay.note},
            {QStringLiteral("recordedAt"), utcOrNull(stay.recordedUtc)},
            {QStringLiteral("recordedBy"), names.json(stay.recordedById)}});
    return stays;
}

QJsonArray consentsJson(const ClientDossier &dossier, const Names &names)
{
    QJsonArray consents;
    for (const Consent &consent : dossier.consents)
        consents.append(QJsonObject {{QStringLiteral("scope"), consentScopeKey(consent.scope)},
            {QStringLiteral("decision"), consentDecisionKey(consent.decision)},
            {QStringLiteral("limitation"), consent.limitation},
            {QStringLiteral("givenBy"),
                consent.givenBy == ConsentGivenBy::Client ? QStringLiteral("client")
                                                          : QStringLiteral("representative")},
            {QStringLiteral("representative"), consent.representative},
            {QStringLiteral("form"),
                consent.form == ConsentForm::Written ? QStringLiteral("written")
                                                     : QStringLiteral("oral")},
            {QStringLiteral("decidedOn"), dateOrNull(consent.decidedOn)},
            {QStringLiteral("validUntil"), dateOrNull(consent.validUntil)},
            {QStringLiteral("recordedBy"), names.json(consent.recordedById)}});
    return consents;
}

QJsonArray sbarJson(const ClientDossier &dossier, const Names &names)
{
    QJsonArray reports;
    const auto number = [](const std::optional<int> &value) {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    };
    for (const SbarReport &report : dossier.sbarReports) {
        const VitalSigns &v = report.vitals;
        const QJsonObject vitals {{QStringLiteral("respiratoryRate"), number(v.respiratoryRate)},
            {QStringLiteral("systolic"), number(v.systolic)},
            {QStringLiteral("diastolic"), number(v.diastolic)},
            {QStringLiteral("pulse"), number(v.pulse)},
            {QStringLiteral("alertness"), alertnessKey(v.alertness)},
            {QStringLiteral("temperature"),
                v.temperatureTenths ? QJsonValue(*v.temperatureTenths / 10.0)
                                    : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("saturation"), number(v.saturation)}};
        reports.append(QJsonObject {{QStringLiteral("createdAt"), utcOrNull(report.createdUtc)},
            {QStringLiteral("sender"), names.json(report.senderId)},
            {QStringLiteral("senderName"), report.senderName},
            {QStringLiteral("senderProfession"), report.senderProfession},
            {QStringLiteral("receiver"), report.receiver},
            {QStringLiteral("relativeContact"), report.relativeContact},
            {QStringLiteral("healthCentre"), report.healthCentre},
            {QStringLiteral("responsibleDoctor"), report.responsibleDoctor},
            {QStringLiteral("medicationList"), formAnswerKey(report.medicationList)},
            {QStringLiteral("sampleReferral"), formAnswerKey(report.sampleReferral)},
            {QStringLiteral("consentObtained"), formAnswerKey(report.consentObtained)},
            {QStringLiteral("consentDate"), dateOrNull(report.consentDate)},
            {QStringLiteral("situation"), report.situation},
            {QStringLiteral("background"), report.background},
            {QStringLiteral("currentState"), report.currentState},
            {QStringLiteral("vitals"), vitals},
            {QStringLiteral("recommendation"), report.recommendation},
            {QStringLiteral("frequency"), report.frequency},
            {QStringLiteral("handlingTime"), handlingTimeKey(report.handlingTime)},
            {QStringLiteral("doctorOrder"), report.doctorOrder},
            {QStringLiteral("reply"), report.reply},
            {QStringLiteral("feedbackDate"), dateOrNull(report.feedbackDate)},
            {QStringLiteral("feedbackBy"), report.feedbackBy},
            {QStringLiteral("readBack"), report.readBack}});
    }
    return reports;
}

QJsonArray sipJson(const ClientDossier &dossier, const Names &names)
{
    QJsonArray needs;
    for (const SipNeed &need : dossier.sipNeeds)
        needs.append(QJsonObject {{QStringLiteral("note"), need.note},
            {QStringLiteral("responsible"), names.json(need.responsibleId)},
            {QStringLiteral("doneOn"), dateOrNull(need.doneOn)}});
    return needs;
}

QJsonArray carePlanJson(const ClientDossier &dossier, const Names &names)
{
    QJsonArray steps;
    for (const CarePlanEvent &event : dossier.carePlan)
        steps.append(QJsonObject {{QStringLiteral("kind"), carePlanEventKey(event.kind)},
            {QStringLiteral("occurredOn"), dateOrNull(event.occurredOn)},
            {QStringLiteral("done"), event.done},
            {QStringLiteral("recordedAt"), utcOrNull(event.recordedUtc)},
            {QStringLiteral("recordedBy"), names.json(event.recordedById)}});
    return steps;
}

QJsonArray invitationsJson(const ClientDossier &dossier)
{
    QJsonArray invitations;
    for (const DossierInvitation &entry : dossier.invitations) {
        const MeetingGuest &guest = entry.guest;
        invitations.append(QJsonObject {{QStringLiteral("meetingId"), guest.meetingId},
            {QStringLiteral("meetingStart"), utcOrNull(entry.meetingStartUtc)},
            {QStringLiteral("relativeName"),
                guest.isClient() ? QJsonValue() : QJsonValue(guest.relativeName)},
            {QStringLiteral("relation"),
                guest.isClient() ? QJsonValue() : QJsonValue(guest.relation)},
            {QStringLiteral("attendance"), attendanceKey(guest.attendance)}});
    }
    return invitations;
}

QJsonArray accessLogJson(const ClientDossier &dossier, const Names &names)
{
    QJsonArray reads;
    for (const AccessLogEntry &entry : dossier.accessLog)
        reads.append(QJsonObject {{QStringLiteral("accessedAt"), utcOrNull(entry.accessedUtc)},
            {QStringLiteral("person"), names.json(entry.personId)},
            {QStringLiteral("kind"), accessKindKey(entry.kind)},
            {QStringLiteral("purpose"), entry.purpose}});
    return reads;
}

void collectPeople(ClientDossier &dossier, Workspace &workspace)
{
    QSet<qint64> ids {dossier.client.contactPersonId, dossier.client.nurseId,
        dossier.client.occupationalTherapistId, dossier.client.physiotherapistId};
    for (const DossierItem &entry : std::as_const(dossier.items)) {
        ids << entry.item.raisedById;
        for (const MinuteEntry &note : entry.notes)
            ids << note.authorId;
    }
    for (const DossierAction &entry : std::as_const(dossier.actions)) {
        ids << entry.action.responsibleId;
        if (entry.feedback)
            ids << entry.feedback->givenById;
        ids << entry.action.journalById;
        if (entry.journal)
            ids << entry.journal->documentedById;
    }
    for (const CarePlanEvent &event : std::as_const(dossier.carePlan))
        ids << event.recordedById;
    for (const RiskAssessment &assessment : std::as_const(dossier.assessments))
        ids << assessment.assessedById;
    for (const Consent &consent : std::as_const(dossier.consents))
        ids << consent.recordedById;
    for (const CareMeasure &measure : std::as_const(dossier.riskCareMeasures))
        ids << measure.responsibleId << measure.createdById;
    for (const HospitalStay &stay : std::as_const(dossier.hospitalStays))
        ids << stay.recordedById;
    for (const SbarReport &report : std::as_const(dossier.sbarReports))
        ids << report.senderId;
    for (const SipNeed &need : std::as_const(dossier.sipNeeds))
        ids << need.responsibleId;
    for (const AccessLogEntry &entry : std::as_const(dossier.accessLog))
        ids << entry.personId;
    for (const Objection &objection : std::as_const(dossier.objections))
        ids << objection.recordedById;
    for (const NoteCorrection &correction : std::as_const(dossier.corrections))
        ids << correction.correctedById;
    for (const Person &person : workspace.people().all()) {
        if (ids.contains(person.id))
            dossier.people.insert(person.id, person.name);
    }
}
} // namespace

ClientDossier gatherDossier(Workspace &workspace, qint64 clientId, AccessPurpose purpose)
{
    ClientDossier dossier;
    const auto client = workspace.clients().byId(clientId);
    if (!client)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen kund med id %1.").arg(clientId));
    // Recorded first, so the export shows its own read too.
    workspace.accessLogger().clientsRead({clientId}, AccessKind::Dossier, purpose);
    dossier.client = *client;
    dossier.madeUtc = QDateTime::currentDateTimeUtc();
    if (const auto unit = workspace.units().byId(client->unitId))
        dossier.unitName = unit->name;
    dossier.items = ClientDossierRepository(workspace.database()).agendaItemsAbout(clientId);
    QHash<qint64, QList<MinuteEntry>> notesOfMeeting;
    for (DossierItem &entry : dossier.items) {
        if (!notesOfMeeting.contains(entry.item.meetingId))
            notesOfMeeting.insert(
                entry.item.meetingId, workspace.minutes().entries(entry.item.meetingId));
        for (const MinuteEntry &note : notesOfMeeting.value(entry.item.meetingId)) {
            if (note.agendaItemId == entry.item.id && !note.text.isEmpty())
                entry.notes << note;
        }
        entry.participation = workspace.care().participation(entry.item.id);
    }
    const QList<Action> actions = workspace.actions().byClient(clientId);
    QList<qint64> actionIds;
    for (const Action &action : actions)
        actionIds << action.id;
    const QHash<qint64, JournalMark> marks
        = JournalRepository(workspace.database()).marksOf(actionIds);
    for (const Action &action : actions) {
        const auto mark = marks.constFind(action.id);
        dossier.actions << DossierAction {action, workspace.care().feedback(action.id),
            mark == marks.cend() ? std::nullopt : std::optional<JournalMark>(*mark)};
    }
    for (const ClientUnit &serving : ClientUnitRepository(workspace.database()).unitsOf(clientId)) {
        const auto unit = workspace.units().byId(serving.unitId);
        dossier.servingUnits << DossierUnit {serving, unit ? unit->name : QString()};
    }
    dossier.assessments = workspace.risks().history(clientId);
    dossier.riskCareMeasures = CareMeasureRepository(workspace.database()).ofClient(clientId);
    dossier.hospitalStays = HospitalStayRepository(workspace.database()).ofClient(clientId);
    dossier.consents = workspace.consents().history(clientId);
    dossier.sbarReports = workspace.sbar().byClient(clientId);
    dossier.sipNeeds = workspace.sip().byClient(clientId);
    dossier.carePlan
        = CarePlanRepository(workspace.database()).ofClients({clientId}).value(clientId);
    for (const MeetingGuest &guest :
        MeetingGuestRepository(workspace.database()).ofClient(clientId)) {
        const auto meeting = workspace.meetings().byId(guest.meetingId);
        dossier.invitations << DossierInvitation {guest, meeting ? meeting->startUtc : QDateTime()};
    }
    AccessLogFilter filter;
    filter.clientId = clientId;
    filter.limit = std::numeric_limits<int>::max();
    dossier.accessLog = workspace.accessLog().find(filter);
    ObjectionRepository::Remarks remarks = readAlone(workspace.database(), [&](ReadBatch &batch) {
        return ObjectionRepository(workspace.database()).ofClient(batch, clientId);
    });
    dossier.objections = std::move(remarks.objections);
    dossier.corrections = std::move(remarks.corrections);
    collectPeople(dossier, workspace);
    return dossier;
}

QJsonObject dossierToJson(const ClientDossier &dossier)
{
    const Names names(dossier);
    return {{QStringLiteral("exportedAt"), utcOrNull(dossier.madeUtc)},
        {QStringLiteral("client"), clientJson(dossier, names)},
        {QStringLiteral("agendaItems"), itemsJson(dossier, names)},
        {QStringLiteral("actions"), actionsJson(dossier, names)},
        {QStringLiteral("servingUnits"), servingUnitsJson(dossier)},
        {QStringLiteral("riskAssessments"), assessmentsJson(dossier, names)},
        {QStringLiteral("riskCarePlan"), riskCarePlanJson(dossier, names)},
        {QStringLiteral("hospitalStays"), hospitalStaysJson(dossier, names)},
        {QStringLiteral("consents"), consentsJson(dossier, names)},
        {QStringLiteral("sbarReports"), sbarJson(dossier, names)},
        {QStringLiteral("sipNeeds"), sipJson(dossier, names)},
        {QStringLiteral("carePlan"), carePlanJson(dossier, names)},
        {QStringLiteral("meetingInvitations"), invitationsJson(dossier)},
        {QStringLiteral("accessLog"), accessLogJson(dossier, names)}};
}

void writeClientExport(
    const ClientDossier &dossier, const QString &jsonPath, const QString &pdfPath)
{
    if (!jsonPath.isEmpty())
        ExportFile::write(jsonPath, QJsonDocument(dossierToJson(dossier)).toJson());
    if (!pdfPath.isEmpty())
        PdfDocument::write(pdfPath, QStringLiteral("Uppgifter om %1").arg(dossier.client.name),
            dossierToHtml(dossier));
}

void writeClientArchive(const ClientDossier &dossier, const QString &jsonPath,
    const QString &pdfPath, const QString &reference)
{
    ExportFile::write(jsonPath, QJsonDocument(dossierToJson(dossier)).toJson());
    PdfArchiveRecord record;
    record.subject = QStringLiteral("Urvalsbevarande, %1").arg(dossier.unitName);
    record.keywords = {dossier.unitName, QStringLiteral("urvalsbevarande"), reference};
    record.createdUtc = dossier.madeUtc;
    PdfDocument::writeForArchive(pdfPath,
        QStringLiteral("Uppgifter om %1").arg(dossier.client.name), dossierToHtml(dossier), record);
}

} // namespace tf
