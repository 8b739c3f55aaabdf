#include "DocumentVault.h"
#include "ErrorCodes.h"
#include "KeychainKeyProvider.h"
#include "LocalStore.h"
#include "TestStore.h"
#include "VaultBudget.h"
#include "VaultFileFormat.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace guichet;
using namespace guichet::store;

namespace {

const QString docA = QStringLiteral("DOC-7a41c09e5b2d");
const QString docB = QStringLiteral("DOC-19e2b7c4a0f1");

Result<std::unique_ptr<DocumentVault>> openVault(const QString& folder, KeyProvider& keys)
{
    std::optional<Result<std::unique_ptr<DocumentVault>>> answer;
    DocumentVault::open(folder, keys, [&](Result<std::unique_ptr<DocumentVault>> vault) {
        answer.emplace(std::move(vault));
    });
    Q_ASSERT(answer); // the providers used here answer at once
    return std::move(*answer);
}

QString code(const char* catalogueCode)
{
    return QString::fromLatin1(catalogueCode);
}

std::array<unsigned char, 32> keyBytes(unsigned char seed)
{
    std::array<unsigned char, 32> key{};
    for (std::size_t i = 0; i < key.size(); ++i)
        key[i] = static_cast<unsigned char>(seed + i * 7);
    return key;
}

QByteArray content(int size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(seed + i % 251);
    return bytes;
}

// The keychain as a map; an error can be forced for the next calls.
class FakeSecrets final : public SecretStorage
{
public:
    void load(const QString& account, std::function<void(Result<QByteArray>)> done) override
    {
        if (!failure.isEmpty())
            done(Error(failure, QStringLiteral("forced")));
        else if (!secrets.contains(account))
            done(Error(ErrorCode::CredentialMissing, account));
        else
            done(secrets.value(account));
    }
    void store(const QString& account, const QByteArray& secret,
               std::function<void(Status)> done) override
    {
        secrets.insert(account, secret);
        done({});
    }

    QMap<QString, QByteArray> secrets;
    QString failure;
};

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("vault"));
        InMemoryKeyProvider keys;
        auto opened = openVault(folder, keys);
        QVERIFY(opened);
        DocumentVault& vault = *opened.value();
        QVERIFY(keys.hasKey()); // created for the new vault

        const QByteArray pdf = "%PDF-1.7 Décision d'agrément " + content(5000, 'a');
        const Result<qint64> stored = vault.write(docA, pdf);
        QVERIFY(stored);
        QCOMPARE(stored.value(), pdf.size() + vaultformat::Overhead);
        QCOMPARE(vault.storedSize(docA), stored.value());
        QCOMPARE(vault.read(docA).value().value(), pdf);
        QVERIFY(!vault.read(docB).value()); // absent is not an error
        QVERIFY(vault.write(docB, QByteArray()));
        QCOMPARE(vault.read(docB).value().value(), QByteArray());

        const QString path = folder + QLatin1Char('/') + DocumentVault::fileName(docA);
        QFile file(path);
        QCOMPARE(file.permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(onDisk.startsWith("GVLT\x01"));
        QVERIFY(!onDisk.contains("PDF"));
        QVERIFY(!path.contains(docA)); // the folder does not list document ids

        // A fresh nonce per write: the same content never gives the same file.
        QVERIFY(vault.write(docA, pdf));
        file.seek(0);
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(again.readAll().mid(5, 12) != onDisk.mid(5, 12));

        QVERIFY(vault.remove(docA));
        QVERIFY(!vault.contains(docA));
    }

    void alteredFileIsRefused_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("header") << 4;
        QTest::newRow("nonce") << 8;
        QTest::newRow("ciphertext") << 40;
        QTest::newRow("tag") << -1;
    }

    void alteredFileIsRefused()
    {
        QFETCH(int, offset);
        QTemporaryDir dir;
        InMemoryKeyProvider keys;
        auto vault = openVault(dir.path(), keys);
        QVERIFY(vault);
        QVERIFY(vault.value()->write(docA, content(1000, 'x')));
        QFile file(dir.filePath(DocumentVault::fileName(docA)));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const int at = offset >= 0 ? offset : int(bytes.size()) - 1;
        bytes[at] = char(bytes[at] ^ 0x01);
        file.seek(0);
        file.write(bytes);
        file.close();
        const auto read = vault.value()->read(docA);
        QVERIFY(!read);
        QCOMPARE(read.error().code(), code(ErrorCode::VaultKeyWrong));
    }

    void fileRenamedToAnotherDocumentIsRefused()
    {
        QTemporaryDir dir;
        InMemoryKeyProvider keys;
        auto vault = openVault(dir.path(), keys);
        QVERIFY(vault);
        QVERIFY(vault.value()->write(docA, content(100, 'a')));
        QVERIFY(QFile::rename(dir.filePath(DocumentVault::fileName(docA)),
                              dir.filePath(DocumentVault::fileName(docB))));
        const auto read = vault.value()->read(docB);
        QVERIFY(!read);
        QCOMPARE(read.error().code(), code(ErrorCode::VaultKeyWrong));
    }

    void wrongKeyIsRefused()
    {
        QTemporaryDir dir;
        {
            InMemoryKeyProvider keys(keyBytes(1));
            auto vault = openVault(dir.path(), keys);
            QVERIFY(vault);
            QVERIFY(vault.value()->write(docA, content(100, 'a')));
        }
        InMemoryKeyProvider otherKeys(keyBytes(2));
        const auto vault = openVault(dir.path(), otherKeys);
        QVERIFY(!vault);
        QCOMPARE(vault.error().code(), code(ErrorCode::VaultKeyWrong));

        // And per file, for a file sealed elsewhere.
        const std::array<unsigned char, 32> key = keyBytes(2);
        QFile file(dir.filePath(DocumentVault::fileName(docA)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto opened = vaultformat::open(key, docA, file.readAll());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), code(ErrorCode::VaultKeyWrong));
    }

    void missingKeyWithExistingFilesIsAnError()
    {
        QTemporaryDir dir;
        {
            InMemoryKeyProvider keys;
            auto vault = openVault(dir.path(), keys);
            QVERIFY(vault);
            QVERIFY(vault.value()->write(docA, content(100, 'a')));
        }
        InMemoryKeyProvider noKey;
        const auto vault = openVault(dir.path(), noKey);
        QVERIFY(!vault);
        QCOMPARE(vault.error().code(), code(ErrorCode::VaultKeyMissing));
        QVERIFY(!noKey.hasKey()); // no silent new key over existing documents
        QVERIFY(QFile::exists(dir.filePath(DocumentVault::fileName(docA))));
    }

    void keychainProviderCreatesOnceAndNeverReplaces()
    {
        FakeSecrets secrets;
        KeychainKeyProvider keys(secrets, QStringLiteral("alice"));
        QCOMPARE(keys.account(), QStringLiteral("vault-key:alice"));

        QTemporaryDir dir;
        QByteArray firstKey;
        {
            auto vault = openVault(dir.path(), keys);
            QVERIFY(vault);
            QCOMPARE(secrets.secrets.value(keys.account()).size(), 32);
            firstKey = secrets.secrets.value(keys.account());
            QVERIFY(vault.value()->write(docA, content(100, 'a')));
        }
        {
            auto vault = openVault(dir.path(), keys); // same key comes back
            QVERIFY(vault);
            QCOMPARE(secrets.secrets.value(keys.account()), firstKey);
            QVERIFY(vault.value()->read(docA).value());
        }
        // Bob's key is another account: it does not open Alice's vault.
        KeychainKeyProvider bobKeys(secrets, QStringLiteral("bob"));
        QCOMPARE(openVault(dir.path(), bobKeys).error().code(), code(ErrorCode::VaultKeyMissing));

        secrets.secrets.insert(keys.account(), QByteArray(16, 'k'));
        QCOMPARE(openVault(dir.path(), keys).error().code(), code(ErrorCode::VaultKeyWrong));

        secrets.secrets.remove(keys.account());
        QCOMPARE(openVault(dir.path(), keys).error().code(), code(ErrorCode::VaultKeyMissing));
        QVERIFY(!secrets.secrets.contains(keys.account()));

        secrets.failure = QString::fromLatin1(ErrorCode::KeychainUnavailable);
        QCOMPARE(openVault(dir.path(), keys).error().code(), code(ErrorCode::KeychainUnavailable));
    }

    void interruptedWriteLeavesTheOldContent()
    {
        QTemporaryDir dir;
        InMemoryKeyProvider keys(keyBytes(3));
        const QByteArray original = content(300, 'o');
        {
            auto vault = openVault(dir.path(), keys);
            QVERIFY(vault);
            QVERIFY(vault.value()->write(docA, original));
        }
        const QString path = dir.filePath(DocumentVault::fileName(docA));
        {
            // A write that never committed, as when the application is killed.
            QSaveFile unfinished(path);
            QVERIFY(unfinished.open(QIODevice::WriteOnly));
            unfinished.write("half a file");
            unfinished.setDirectWriteFallback(false);
        }
        // A temporary file a killed process left behind.
        QFile leftover(path + QStringLiteral(".aBc123"));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("GVLT\x01 truncated");
        leftover.close();

        auto vault = openVault(dir.path(), keys);
        QVERIFY(vault);
        QCOMPARE(vault.value()->read(docA).value().value(), original);
        QVERIFY(vault.value()->write(docA, content(10, 'n')));
        QCOMPARE(vault.value()->read(docA).value().value(), content(10, 'n'));
    }

    void budgetEvictsLeastRecentlyUsedButNeverPinnedOrUnsent()
    {
        QTemporaryDir dir;
        auto opened =
            guichet::test::openUnlockedStore(dir.filePath(QStringLiteral("space.sqlite")));
        QVERIFY(opened);
        LocalStore& store = *opened.value();
        InMemoryKeyProvider keys;
        auto vaultResult = openVault(dir.filePath(QStringLiteral("vault")), keys);
        QVERIFY(vaultResult);
        DocumentVault& vault = *vaultResult.value();

        const QDateTime start(QDate(2025, 3, 14), QTime(8, 0), Qt::UTC);
        const QStringList ids{
            QStringLiteral("DOC-000000000001"), QStringLiteral("DOC-000000000002"),
            QStringLiteral("DOC-000000000003"), QStringLiteral("DOC-000000000004")};
        for (int i = 0; i < ids.size(); ++i) {
            const Result<qint64> stored = vault.write(ids.at(i), content(1000 - 33, char(i)));
            QVERIFY(stored);
            CachedDocument entry;
            entry.documentId = ids.at(i);
            entry.spaceId = QStringLiteral("sp-1");
            entry.size = 967;
            entry.vaultFile = DocumentVault::fileName(ids.at(i));
            entry.receivedBytes = 967;
            entry.complete = true;
            entry.storedBytes = stored.value();
            entry.lastAccess = start.addSecs(i * 60); // 1 is the oldest
            QVERIFY(store.documentCache().put(entry));
        }
        // 1 (oldest) is an attachment of a submission not yet sent; 2 is pinned.
        OutboxEntry submission;
        submission.spaceId = QStringLiteral("sp-1");
        submission.kind = QStringLiteral("submission");
        submission.method = QStringLiteral("POST");
        submission.path = QStringLiteral("/d");
        submission.idempotencyKey = QStringLiteral("idem-b");
        submission.attachments = {{ids.at(0), QStringLiteral("a.pdf"), {}}};
        const qint64 outboxId = store.outbox().enqueue(submission).value();
        QVERIFY(store.documentCache().setPinned(ids.at(1), true));
        // 3 was read recently: 4 is now the least recently used evictable one.
        QVERIFY(store.documentCache().touch(ids.at(2), start.addSecs(3600)));

        VaultBudget budget(store.documentCache(), vault, 4000);
        QVERIFY(budget.makeRoom(0));
        QCOMPARE(store.documentCache().list().value().size(), 4);

        QVERIFY(budget.makeRoom(500));
        QVERIFY(!vault.contains(ids.at(3)));
        QVERIFY(!store.documentCache().entry(ids.at(3)).value());
        QVERIFY(vault.contains(ids.at(0)) && vault.contains(ids.at(1)) &&
                vault.contains(ids.at(2)));

        // Only 3 is evictable now (1000 bytes): asking for more evicts nothing.
        const Status full = budget.makeRoom(2500);
        QVERIFY(!full);
        QCOMPARE(full.error().code(), code(ErrorCode::VaultBudgetFull));
        QVERIFY(vault.contains(ids.at(2)));
        QCOMPARE(store.documentCache().list().value().size(), 3);

        // Once the submission is sent its attachment may go (oldest first).
        QVERIFY(store.outbox().markSent(outboxId, "{}"));
        QVERIFY(budget.makeRoom(1500));
        QVERIFY(!vault.contains(ids.at(0)));
        QVERIFY(vault.contains(ids.at(1))); // pinned stays
        QVERIFY(vault.contains(ids.at(2)));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
