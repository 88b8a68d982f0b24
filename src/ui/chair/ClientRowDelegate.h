#pragma once

#include "domain/Person.h"

#include <QList>
#include <QStyledItemDelegate>

namespace tf {

// The editors of a client's row in the chair's clients dialog: a spin box
// for the priority and a chooser of staff for each responsible person,
// named after the client for screen readers. They stay open (persistent)
// and write each change to the model at once.
class ClientRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ClientRowDelegate(QObject *parent = nullptr);

    // The staff who may be chosen: those still working, not adjuncts.
    void setPeople(const QList<Person> &people);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *editor, QEvent *event) override;

private:
    QString accessibleName(const QModelIndex &index) const;
    // The staff offered in a column: the nurse, OT and PT columns offer
    // those professions.
    QList<Person> choosable(int column) const;

    QList<Person> m_people;
};

} // namespace tf
