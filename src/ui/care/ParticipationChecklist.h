#pragma once

#include "domain/care/CareRecords.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tf {

class Workspace;

// The contact person's checklist before a meeting: whether the client was
// asked for wishes, the wishes in the client's own words, and what the
// relatives said. Typing marks it changed; save() stores it.
class ParticipationChecklist : public QGroupBox
{
    Q_OBJECT
public:
    explicit ParticipationChecklist(Workspace &workspace, QWidget *parent = nullptr);

    // Shows the stored checklist of the agenda item; 0: none, disabled.
    void load(qint64 agendaItemId);
    // The same in two steps: the stored checklist read without the widget
    // (beside the window), then shown.
    static std::optional<Participation> read(Workspace &workspace, qint64 agendaItemId);
    void show(qint64 agendaItemId, const std::optional<Participation> &stored);
    // No client chosen: disabled, and nothing to save.
    void unbind();
    // Saves a changed checklist; false (with a message) when it failed.
    bool save();
    bool hasUnsavedChanges() const { return m_dirty; }

Q_SIGNALS:
    // The user saved with the button (or its shortcut).
    void savedOnRequest();

private:
    Workspace &m_workspace;
    qint64 m_agendaItemId = 0;
    Participation m_participation;
    bool m_dirty = false;
    bool m_filling = false;
    QCheckBox *m_clientAsked;
    QPlainTextEdit *m_wishes;
    QLineEdit *m_notAskedReason;
    QComboBox *m_relatives;
    QLineEdit *m_relativesNote;
    QPushButton *m_saveButton;
};

} // namespace tf
