#pragma once

#include "domain/Unit.h"

#include <QDialog>

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

private:
    void load();
    void addPerson();

    Workspace &m_workspace;
    Unit m_unit;
    QString m_forumKey;
    QComboBox *m_forum;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_profession;
    QComboBox *m_kind;
};

} // namespace tf
