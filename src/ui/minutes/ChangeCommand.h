#pragma once

#include <QUndoCommand>

#include <functional>

namespace tf {

// One undoable change in meeting mode (attendance, secretary, a new action):
// the change and its reverse, each already stored when it returns. The first
// redo() is skipped when the change was made before the push.
class ChangeCommand : public QUndoCommand
{
public:
    ChangeCommand(const QString &text, std::function<void()> apply, std::function<void()> revert,
        bool alreadyApplied)
        : QUndoCommand(text)
        , m_apply(std::move(apply))
        , m_revert(std::move(revert))
        , m_skipRedo(alreadyApplied)
    { }

    void redo() override
    {
        if (m_skipRedo) {
            m_skipRedo = false;
            return;
        }
        m_apply();
    }
    void undo() override { m_revert(); }

private:
    std::function<void()> m_apply;
    std::function<void()> m_revert;
    bool m_skipRedo;
};

} // namespace tf
