#pragma once

#include "domain/Action.h"
#include "storage/UnitKey.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace tf {

// Which actions a read takes, as a condition on `team_action a`: those
// decided at one meeting or at the meetings of a unit (optionally of one
// status), or those a person is to carry out, document or report back. The actions and the people
// responsible for them are read by the same scope (ActionRepository::select,
// PersonRepository::responsibleFor).
struct ActionScope
{
    static ActionScope ofMeeting(qint64 meetingId)
    {
        return {QStringLiteral("a.meeting_id = ?"), {meetingId}};
    }
    static ActionScope ofUnit(
        const UnitKey &unit, std::optional<ActionStatus> status = std::nullopt)
    {
        ActionScope scope {
            QStringLiteral("a.meeting_id IN (SELECT id FROM meeting WHERE unit_id = %1)")
                .arg(unit.sql()),
            unit.values()};
        if (status) {
            scope.where += QStringLiteral(" AND a.status = ?");
            scope.values << actionStatusKey(*status);
        }
        return scope;
    }

    // The decisions about a client to be reported back to the client by the
    // person (as fast omsorgskontakt, or named to give the feedback) and
    // not yet reported.
    static ActionScope awaitingFeedback(qint64 personId)
    {
        return {QStringLiteral("a.feedback_to_client = 1 AND a.status <> 'cancelled' "
                               "AND EXISTS (SELECT 1 FROM client c WHERE c.id = a.client_id "
                               "AND (c.contact_person_id = ? OR a.feedback_by = ?)) "
                               "AND NOT EXISTS (SELECT 1 FROM client_feedback f "
                               "WHERE f.action_id = a.id)"),
            {personId, personId}};
    }

    // Every action the person is responsible for.
    static ActionScope ofResponsible(qint64 personId)
    {
        return {QStringLiteral("a.responsible_id = ?"), {personId}};
    }

    // The person's open actions.
    static ActionScope openOf(qint64 personId)
    {
        return {QStringLiteral("a.responsible_id = ? AND a.status = ?"),
            {personId, actionStatusKey(ActionStatus::Open)}};
    }

    // The open and done (not cancelled) actions that name the person for the
    // journal entry and have no mark yet (journal_entry_done).
    static ActionScope awaitingJournalEntryBy(qint64 personId)
    {
        return {QStringLiteral("a.journal_entry_needed = 1 AND a.journal_by = ? "
                               "AND a.status <> 'cancelled' AND NOT EXISTS (SELECT 1 FROM "
                               "journal_entry_done j WHERE j.action_id = a.id)"),
            {personId}};
    }

    QString where;
    QVariantList values;
};

} // namespace tf
