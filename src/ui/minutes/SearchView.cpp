#include "ui/minutes/SearchView.h"

#include "domain/Minutes.h"
#include "models/SearchHitListModel.h"
#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/MinutesSearch.h"
#include "services/ReadsBeside.h"
#include "services/Workspace.h"
#include "services/care/Objections.h"
#include "ui/care/RemarkText.h"
#include "ui/common/Guarded.h"
#include "ui/common/RichTextDelegate.h"
#include "ui/common/WhenRead.h"
#include "ui/common/WholePlaceholder.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tf {

SearchView::SearchView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_query(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_model(new SearchHitListModel(this))
    , m_results(new QListView(this))
    , m_more(new QPushButton(tr("Show &more hits"), this))
{
    setObjectName(QStringLiteral("searchView"));
    m_query->setObjectName(QStringLiteral("searchLineEdit"));
    m_query->setAccessibleName(tr("Search"));
    setWholePlaceholder(m_query, tr("Words in minutes, actions and addenda – Enter searches"));
    m_summary->setObjectName(QStringLiteral("searchSummaryLabel"));
    m_summary->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("searchResultsBrowser"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new RichTextDelegate(SearchHitListModel::HtmlRole, m_results));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(true);
    m_results->setResizeMode(QListView::Adjust); // the hits wrap again when the width changes
    m_results->setUniformItemSizes(false);
    m_more->setObjectName(QStringLiteral("searchMoreButton"));
    m_more->setAccessibleName(tr("Show more hits"));
    m_more->setVisible(false);
    auto *label = new QLabel(tr("S&earch"), this);
    label->setBuddy(m_query);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_query, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_more, 0, Qt::AlignLeft);
    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(m_more, &QPushButton::clicked, this, &SearchView::showMore);
    // A click opens the hit's meeting at its item, as a link would; Enter does too.
    const auto open = [this](const QModelIndex &index) {
        Q_EMIT openMeeting(m_model->meetingIdAt(index.row()), m_model->agendaItemIdAt(index.row()));
    };
    connect(m_results, &QListView::clicked, this, open);
    connect(m_results, &QListView::activated, this, [this, open](const QModelIndex &index) {
        if (!m_results->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick))
            open(index);
    });
}

namespace {
QList<QDate> meetingDays(const QList<SearchHit> &hits)
{
    QList<QDate> days;
    days.reserve(hits.size());
    for (const SearchHit &hit : hits)
        days << stockholmDate(hit.meetingStartUtc);
    return days;
}

// The remarks on the hits' notes: corrected, or objected to by the client.
QHash<qint64, SearchHitListModel::NoteRemark> remarksOn(
    Workspace &workspace, const QList<SearchHit> &hits)
{
    QList<qint64> notes;
    for (const SearchHit &hit : hits)
        if (hit.kind == SearchHit::Kind::Minutes && hit.clientId > 0)
            notes << hit.rowId;
    QHash<qint64, SearchHitListModel::NoteRemark> remarks;
    if (notes.isEmpty())
        return remarks;
    QHash<qint64, QList<Objection>> objections;
    QHash<qint64, QList<NoteCorrection>> corrections;
    Objections(workspace).ofNotes(notes, &objections, &corrections);
    for (qint64 note : std::as_const(notes)) {
        const auto against = objections.value(note);
        const auto corrected = corrections.value(note);
        if (against.isEmpty() && corrected.isEmpty())
            continue;
        remarks.insert(note,
            {!against.isEmpty(), !corrected.isEmpty(),
                RemarkText::lines(workspace, corrected, against)});
    }
    return remarks;
}
} // namespace

// One page of hits as the view shows it, read beside the window.
struct SearchView::Page
{
    QList<SearchHit> hits;
    int total = 0; // the first page's count
    QHash<qint64, QString> units; // the first page's units' names
    QHash<qint64, SearchHitListModel::NoteRemark> remarks;
};

void SearchView::search(const QString &text)
{
    m_query->setText(text);
    const int asked = ++m_asked;
    QFuture<Page> read = m_workspace.readsBeside().read<Page>([text](Workspace &workspace) {
        Page page;
        page.hits = searchMinutes(workspace, text, {}, AccessPurpose::Search);
        page.total = page.hits.size() < kSearchPageSize ? static_cast<int>(page.hits.size())
                                                        : countSearchHits(workspace, text, {});
        const auto all = workspace.directory().units();
        for (const Unit &unit : all)
            page.units.insert(unit.id, unit.name);
        page.remarks = remarksOn(workspace, page.hits);
        return page;
    });
    whenRead(read, this, [this, asked, text](const QFuture<Page> &done) {
        Page page;
        if (!shown(asked, done, &page))
            return;
        m_searched = text;
        m_total = page.total;
        m_moreThanCounted = page.total > kSearchCountLimit;
        m_model->setHits(page.hits, page.units, meetingDays(page.hits));
        m_model->addNoteRemarks(page.remarks);
        showSummary();
    });
}

void SearchView::showMore()
{
    const int asked = ++m_asked;
    const QString text = m_searched;
    const int offset = m_model->rowCount();
    QFuture<Page> read = m_workspace.readsBeside().read<Page>([text, offset](Workspace &workspace) {
        Page page;
        page.hits = searchMinutes(workspace, text, {}, AccessPurpose::Search, offset);
        page.remarks = remarksOn(workspace, page.hits);
        return page;
    });
    whenRead(read, this, [this, asked](const QFuture<Page> &done) {
        Page page;
        if (!shown(asked, done, &page))
            return;
        m_model->appendHits(page.hits, meetingDays(page.hits));
        m_model->addNoteRemarks(page.remarks);
        // Hits written since the count are shown as they come; a page short
        // of full was the last, so then the number shown is all there are.
        if (page.hits.size() < kSearchPageSize) {
            m_total = m_model->rowCount();
            m_moreThanCounted = false;
        } else {
            m_total = qMax(m_total, m_model->rowCount());
        }
        showSummary();
    });
}

bool SearchView::shown(int asked, const QFuture<Page> &done, Page *page)
{
    if (asked != m_asked)
        return false; // another search was asked for since
    m_answered = asked;
    const bool read = runGuarded(this, tr("Search"), [&] { *page = done.result(); });
    Q_EMIT searched();
    return read;
}

void SearchView::showSummary()
{
    const int shown = m_model->rowCount();
    // Counted only up to kSearchCountLimit: above it "more than", and more
    // pages are offered until one comes back short of full.
    if (m_moreThanCounted) {
        m_summary->setText(
            tr("More than %1 hits, the newest %2 shown")
                .arg(locale().toString(kSearchCountLimit), locale().toString(shown)));
        m_more->setVisible(true);
        return;
    }
    m_summary->setText(shown < m_total
            ? tr("%n hits, the newest %1 shown", nullptr, m_total).arg(shown)
            : tr("%n hits", nullptr, m_total));
    m_more->setVisible(shown < m_total);
}

} // namespace tf
