#pragma once

#include "domain/Person.h"

#include <QAbstractListModel>
#include <QHash>

namespace tf {

// The people a chooser offers, for every combo box that offers the same
// ones: set in one reset whatever their number. Each chooser used to hold
// its own item per person, made one by one on the GUI thread whenever the
// list was shown again: in a region's staff of 15,000, about 15 ms a
// chooser and list, on every attendance change.
//
// With a text for "nobody", the first row offers it, its person id 0.
class PersonChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Label { Name, NameAndRole };

    explicit PersonChoiceModel(
        const QString &nobodyText, Label label = Label::Name, QObject *parent = nullptr);

    void setPeople(QList<Person> people);
    const QList<Person> &people() const { return m_people; }
    // The row offering the person (0 for id 0 when nobody is offered), or
    // -1 when the person is not offered.
    int rowOf(qint64 personId) const;
    qint64 personIdAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int firstPersonRow() const { return m_nobodyText.isEmpty() ? 0 : 1; }

    QString m_nobodyText;
    Label m_label;
    QList<Person> m_people;
    mutable QHash<qint64, int> m_rows; // made when first asked
};

} // namespace tf
