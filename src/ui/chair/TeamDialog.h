#pragma once

#include "domain/Unit.h"
#include "services/chair/UnitTeams.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace tf {

class Workspace;

// The fixed team of each forum of a unit (fasta teammedlemmar, night staff
// included), and new staff or adjuncts added on the spot. New meetings of
// the forum invite the team.
class TeamDialog : public QDialog
{
    Q_OBJECT
public:
    TeamDialog(Workspace &workspace, const Unit &unit, QWidget *parent = nullptr);

    void selectForum(const QString &forumKey);
    bool save();
    // Ticks, roles or night staff differ from what was loaded or saved.
    bool hasUnsavedChanges() const;

protected:
    // Escape, Close and the window's close button ask before changes are lost.
    void reject() override;

private:
    void load();
    QList<TeamMember> tickedMembers() const;
    QHash<qint64, QString> emails() const; // by person id, as typed
    void addPerson();

    Workspace &m_workspace;
    Unit m_unit;
    QString m_forumKey;
    QComboBox *m_forum;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_profession;
    QComboBox *m_kind;
    QLineEdit *m_email;
    QHash<qint64, QString> m_storedEmails; // as loaded or last saved
    QList<TeamMember> m_stored; // as loaded or last saved
};

} // namespace tf
