#include "services/SubstituteRule.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"

namespace tf {

void refuseCalledSubstitute(Workspace &workspace, const Participant &participant)
{
    if (participant.substituteId == 0)
        return;
    if (participant.substituteId == participant.personId)
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("En person kan inte vara sin egen ersättare."));
    for (const Participant &other : workspace.meetings().participants(participant.meetingId)) {
        if (other.personId != participant.substituteId)
            continue;
        const auto person = workspace.people().byId(other.personId);
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("%1 är redan kallad till mötet och kan inte vara ersättare. Välj "
                           "någon som inte är kallad.")
                .arg(person ? person->name : QStringLiteral("Personen")));
    }
}

} // namespace tf
