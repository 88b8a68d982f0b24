#include "ui/templates/TemplateEditor.h"

#include "ui_TemplateEditor.h"

#include <QHeaderView>

namespace tf {

namespace {
enum ParticipantColumn { RoleColumn, OptionalColumn };
enum AgendaColumn { TitleColumn, PerClientColumn };

QTableWidgetItem *checkItem(bool checked, const QString &accessibleName)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(Qt::AccessibleTextRole, accessibleName);
    return item;
}

void setupTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
}
} // namespace

TemplateEditor::TemplateEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TemplateEditor>())
{
    m_ui->setupUi(this);
    setupChoices();
    connectEdits();
}

TemplateEditor::~TemplateEditor() = default;

void TemplateEditor::setupChoices()
{
    for (const auto &choice : intervalChoices())
        m_ui->intervalComboBox->addItem(choice.label, choice.rrule);
    // Never narrower than its longest choice: the place field beside it gives way.
    m_ui->locationKindComboBox->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_ui->locationKindComboBox->addItem(tr("Meeting room"), locationKindKey(LocationKind::Room));
    m_ui->locationKindComboBox->addItem(tr("On the ward"), locationKindKey(LocationKind::Ward));
    m_ui->locationKindComboBox->addItem(
        tr("Digital (SEFOS)"), locationKindKey(LocationKind::Digital));
    m_ui->locationKindComboBox->addItem(
        tr("Not stated"), locationKindKey(LocationKind::Unspecified));
    setupTable(m_ui->participantsTableWidget, {tr("Role"), tr("When needed")});
    setupTable(m_ui->agendaTableWidget, {tr("Item"), tr("Per client")});
}

void TemplateEditor::connectEdits()
{
    const auto mark = [this] { markModified(); };
    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this, mark);
    connect(m_ui->intervalComboBox, &QComboBox::currentIndexChanged, this, mark);
    // "2 per dag" only means something for a daily forum.
    connect(m_ui->intervalComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const bool daily = m_ui->intervalComboBox->currentData().toString().startsWith(
            QLatin1String("FREQ=DAILY"));
        m_ui->timesPerDaySpinBox->setVisible(daily);
    });
    connect(m_ui->timesPerDaySpinBox, &QSpinBox::valueChanged, this, mark);
    connect(m_ui->onDemandCheckBox, &QCheckBox::toggled, this, mark);
    connect(m_ui->minMinutesSpinBox, &QSpinBox::valueChanged, this, mark);
    connect(m_ui->maxMinutesSpinBox, &QSpinBox::valueChanged, this, mark);
    connect(m_ui->extendableCheckBox, &QCheckBox::toggled, this, mark);
    connect(m_ui->locationKindComboBox, &QComboBox::currentIndexChanged, this, mark);
    connect(m_ui->locationLineEdit, &QLineEdit::textEdited, this, mark);
    connect(m_ui->leadersLineEdit, &QLineEdit::textEdited, this, mark);
    connect(m_ui->purposePlainTextEdit, &QPlainTextEdit::textChanged, this, mark);
    connect(m_ui->descriptionPlainTextEdit, &QPlainTextEdit::textChanged, this, mark);
    connect(m_ui->participantsTableWidget, &QTableWidget::itemChanged, this, mark);
    connect(m_ui->agendaTableWidget, &QTableWidget::itemChanged, this, mark);

    connect(m_ui->addParticipantButton, &QPushButton::clicked, this, [this] {
        addParticipantRow({tr("New role"), false});
        auto *table = m_ui->participantsTableWidget;
        table->setCurrentCell(table->rowCount() - 1, RoleColumn);
        table->editItem(table->currentItem());
        markModified();
    });
    connect(m_ui->removeParticipantButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->participantsTableWidget->currentRow();
        if (row >= 0) {
            m_ui->participantsTableWidget->removeRow(row);
            markModified();
        }
    });
    connect(m_ui->addAgendaItemButton, &QPushButton::clicked, this, [this] {
        addAgendaRow({tr("New item"), false});
        auto *table = m_ui->agendaTableWidget;
        table->setCurrentCell(table->rowCount() - 1, TitleColumn);
        table->editItem(table->currentItem());
        markModified();
    });
    connect(m_ui->removeAgendaItemButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->agendaTableWidget->currentRow();
        if (row >= 0) {
            m_ui->agendaTableWidget->removeRow(row);
            markModified();
        }
    });
    connect(
        m_ui->moveAgendaItemUpButton, &QPushButton::clicked, this, [this] { moveAgendaRow(-1); });
    connect(
        m_ui->moveAgendaItemDownButton, &QPushButton::clicked, this, [this] { moveAgendaRow(1); });
}

void TemplateEditor::markModified()
{
    if (m_loading || m_modified)
        return;
    m_modified = true;
    Q_EMIT modifiedChanged(true);
}

void TemplateEditor::addParticipantRow(const TemplateParticipant &participant)
{
    auto *table = m_ui->participantsTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, RoleColumn, new QTableWidgetItem(participant.role));
    table->setItem(row, OptionalColumn, checkItem(participant.optional, tr("When needed")));
}

void TemplateEditor::addAgendaRow(const TemplateAgendaItem &item)
{
    auto *table = m_ui->agendaTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, TitleColumn, new QTableWidgetItem(item.title));
    table->setItem(row, PerClientColumn, checkItem(item.perClient, tr("Per client")));
}

void TemplateEditor::moveAgendaRow(int offset)
{
    auto *table = m_ui->agendaTableWidget;
    const int row = table->currentRow();
    const int target = row + offset;
    if (row < 0 || target < 0 || target >= table->rowCount())
        return;
    for (int column = 0; column < table->columnCount(); ++column) {
        QTableWidgetItem *moving = table->takeItem(row, column);
        table->setItem(row, column, table->takeItem(target, column));
        table->setItem(target, column, moving);
    }
    table->setCurrentCell(target, table->currentColumn());
    markModified();
}

void TemplateEditor::setTemplate(const ForumTemplate &t)
{
    m_loading = true;
    m_original = t;
    m_ui->nameLineEdit->setText(t.name);
    int interval = m_ui->intervalComboBox->findData(t.rrule);
    if (interval < 0) {
        m_ui->intervalComboBox->addItem(intervalLabel(t.rrule), t.rrule);
        interval = m_ui->intervalComboBox->count() - 1;
    }
    m_ui->intervalComboBox->setCurrentIndex(interval);
    m_ui->routineLabel->setText(
        tr("The routine says: %1 · %2").arg(t.intervalText, t.durationText));
    m_ui->timesPerDaySpinBox->setValue(t.timesPerDay);
    m_ui->onDemandCheckBox->setChecked(t.onDemand);
    m_ui->minMinutesSpinBox->setValue(t.minMinutes);
    m_ui->maxMinutesSpinBox->setValue(t.maxMinutes);
    m_ui->extendableCheckBox->setChecked(t.extendable);
    m_ui->locationKindComboBox->setCurrentIndex(
        m_ui->locationKindComboBox->findData(locationKindKey(t.locationKind)));
    m_ui->locationLineEdit->setText(t.location);
    m_ui->leadersLineEdit->setText(t.leaders.join(QStringLiteral("; ")));
    m_ui->purposePlainTextEdit->setPlainText(t.purpose.join(QLatin1Char('\n')));
    m_ui->descriptionPlainTextEdit->setPlainText(t.description);
    m_ui->participantsTableWidget->setRowCount(0);
    for (const auto &participant : t.participants)
        addParticipantRow(participant);
    m_ui->agendaTableWidget->setRowCount(0);
    for (const auto &item : t.agenda)
        addAgendaRow(item);
    m_loading = false;
    if (m_modified) {
        m_modified = false;
        Q_EMIT modifiedChanged(false);
    }
}

ForumTemplate TemplateEditor::editedTemplate() const
{
    ForumTemplate t = m_original;
    t.name = m_ui->nameLineEdit->text().trimmed();
    // intervalText stays the routine's own words; the rrule is what is used.
    t.rrule = m_ui->intervalComboBox->currentData().toString();
    t.timesPerDay = m_ui->timesPerDaySpinBox->value();
    t.onDemand = m_ui->onDemandCheckBox->isChecked();
    t.minMinutes = m_ui->minMinutesSpinBox->value();
    t.maxMinutes = m_ui->maxMinutesSpinBox->value();
    t.extendable = m_ui->extendableCheckBox->isChecked();
    t.locationKind = locationKindFromKey(m_ui->locationKindComboBox->currentData().toString());
    t.location = m_ui->locationLineEdit->text().trimmed();
    t.leaders.clear();
    const auto leaders = m_ui->leadersLineEdit->text().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &leader : leaders) {
        if (!leader.trimmed().isEmpty())
            t.leaders << leader.trimmed();
    }
    t.description = m_ui->descriptionPlainTextEdit->toPlainText().trimmed();
    t.purpose.clear();
    const auto lines = m_ui->purposePlainTextEdit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            t.purpose << line.trimmed();
    }
    t.participants.clear();
    const auto *participants = m_ui->participantsTableWidget;
    for (int row = 0; row < participants->rowCount(); ++row)
        t.participants.append({participants->item(row, RoleColumn)->text().trimmed(),
            participants->item(row, OptionalColumn)->checkState() == Qt::Checked});
    t.agenda.clear();
    const auto *agenda = m_ui->agendaTableWidget;
    for (int row = 0; row < agenda->rowCount(); ++row)
        t.agenda.append({agenda->item(row, TitleColumn)->text().trimmed(),
            agenda->item(row, PerClientColumn)->checkState() == Qt::Checked});
    return t;
}

} // namespace tf
