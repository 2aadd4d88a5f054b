#include "StreamPipe.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>
#include <vector>

namespace tessera::project {

using domain::Result;
using domain::Segment;
using formats::ParsedDocument;
using formats::TranslationCandidate;

namespace {

using Event = std::variant<ParsedDocument, Segment, TranslationCandidate>;
using Batch = std::vector<Event>;

// The queue between the reading thread and the calling thread.
class Channel {
public:
    // Reader side: false when the other side has stopped.
    bool push(Batch&& batch)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_stopped || m_batches.size() < size_t(StreamPipe::s_maxBatches); });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_ready.notify_one();
        return true;
    }
    void finish(Result<void> result)
    {
        std::lock_guard lock(m_mutex);
        m_result = std::move(result);
        m_ready.notify_one();
    }

    // Calling side: the next batch, or nothing when the reader has finished and all is taken.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_batches.empty() || m_result.has_value(); });
        if (m_batches.empty())
            return std::nullopt;
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_space.notify_one();
        return batch;
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_space.notify_one();
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }
    Result<void> result()
    {
        std::lock_guard lock(m_mutex);
        return m_result.value_or(Result<void>{});
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Batch> m_batches;
    std::optional<Result<void>> m_result;
    bool m_stopped = false;
};

// The reader's sink: collects events into batches for the channel.
class BatchingSink final : public formats::SegmentSink {
public:
    explicit BatchingSink(Channel& channel)
        : m_channel(channel)
    {
        m_batch.reserve(StreamPipe::s_batchSize);
    }

    Result<void> begin(const ParsedDocument& header) override { return add(header); }
    Result<void> segment(Segment&& segment) override { return add(std::move(segment)); }
    Result<void> candidate(TranslationCandidate&& candidate) override { return add(std::move(candidate)); }

    bool flush()
    {
        if (m_batch.empty())
            return true;
        const bool pushed = m_channel.push(std::move(m_batch));
        m_batch = Batch();
        m_batch.reserve(StreamPipe::s_batchSize);
        return pushed;
    }

private:
    Result<void> add(Event&& event)
    {
        m_batch.push_back(std::move(event));
        if (m_batch.size() >= size_t(StreamPipe::s_batchSize) && !flush())
            return domain::fail(domain::ErrorCode::Internal, QStringLiteral("stopped"));
        return {};
    }

    Channel& m_channel;
    Batch m_batch;
};

Result<void> deliver(Event& event, formats::SegmentSink& sink)
{
    if (auto* header = std::get_if<ParsedDocument>(&event))
        return sink.begin(*header);
    if (auto* segment = std::get_if<Segment>(&event))
        return sink.segment(std::move(*segment));
    return sink.candidate(std::move(std::get<TranslationCandidate>(event)));
}

} // namespace

Result<void> StreamPipe::run(const formats::Filter& filter, const QByteArray& data, const QString& fileName,
                             formats::SegmentSink& sink, qsizetype threadFrom)
{
    return run([&](formats::SegmentSink& to) { return filter.stream(data, fileName, to); }, data.size(), sink,
               threadFrom);
}

Result<void> StreamPipe::run(const Reading& reading, qsizetype bytes, formats::SegmentSink& sink, qsizetype threadFrom)
{
    if (bytes < threadFrom)
        return reading(sink);

    Channel channel;
    std::thread reader([&] {
        BatchingSink batching(channel);
        Result<void> read = reading(batching);
        // What was read before an error is handed over too, then the error.
        if (!batching.flush() && read)
            read = domain::fail(domain::ErrorCode::Internal, QStringLiteral("stopped"));
        channel.finish(std::move(read));
    });
    Result<void> result;
    while (auto batch = channel.pop()) {
        for (Event& event : *batch) {
            result = deliver(event, sink);
            if (!result)
                break;
        }
        if (!result)
            break;
    }
    if (!result)
        channel.stop();
    reader.join();
    return result ? channel.result() : result;
}

} // namespace tessera::project
