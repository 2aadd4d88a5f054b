<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BbCameraAudioEncoderSettingsControl</name>
    <message>
        <source>PCM uncompressed</source>
        <translation>PCM 非圧縮</translation>
    </message>
    <message>
        <source>No compression</source>
        <translation>非圧縮</translation>
    </message>
    <message>
        <source>AAC compression</source>
        <translation>AAC 圧縮</translation>
    </message>
</context>
<context>
    <name>BbVideoDeviceSelectorControl</name>
    <message>
        <source>Front Camera</source>
        <translation>フロントカメラ</translation>
    </message>
    <message>
        <source>Rear Camera</source>
        <translation>リアカメラ</translation>
    </message>
    <message>
        <source>Desktop Camera</source>
        <translation>デスクトップカメラ</translation>
    </message>
</context>
<context>
    <name>QMultimediaDeclarativeModule</name>
    <message>
        <source>CameraFocus is provided by Camera</source>
        <translation>Camera エレメントが提供する CameraFocus エレメント</translation>
    </message>
    <message>
        <source>CameraRecorder is provided by Camera</source>
        <translation>Camera エレメントが提供する CameraRecorder エレメント</translation>
    </message>
    <message>
        <source>CameraFlash is provided by Camera</source>
        <translation>Camera エレメントが提供する CameraFlash エレメント</translation>
    </message>
    <message>
        <source>CameraViewfinder is provided by Camera</source>
        <translation>Camera エレメントが提供する CameraViewfinder エレメント</translation>
    </message>
    <message>
        <source>CameraExposure is provided by Camera</source>
        <translation>Camera エレメントが提供する CameraExposure エレメント</translation>
    </message>
    <message>
        <source>CameraImageProcessing is provided by Camera</source>
        <translation>Camera エレメントが提供する CameraImageProcessing エレメント</translation>
    </message>
    <message>
        <source>CameraCapture is provided by Camera</source>
        <translation>Camera エレメントが提供する CameraCapture エレメント</translation>
    </message>
</context>
<context>
    <name>QAndroidCameraSession</name>
    <message>
        <source>Camera cannot be started without a viewfinder.</source>
        <translation>カメラはビューファインダ無しでは開始できません。</translation>
    </message>
    <message>
        <source>Could not open destination file: %1</source>
        <translation>保存先のファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <source>Camera not ready</source>
        <translation>カメラが使用可能ではありません</translation>
    </message>
    <message>
        <source>Drive mode not supported</source>
        <translation>ドライブモードはサポートされていません</translation>
    </message>
</context>
<context>
    <name>MFPlayerSession</name>
    <message>
        <source>Unsupported media, a codec is missing.</source>
        <translation>サポートされていないメディアです。コーデックがありません。</translation>
    </message>
    <message>
        <source>Failed to stop.</source>
        <translation>停止に失敗しました。</translation>
    </message>
    <message>
        <source>Failed to seek.</source>
        <translation>シークに失敗しました。</translation>
    </message>
    <message>
        <source>Attempting to play invalid Qt resource.</source>
        <translation>無効な Qt リソースを再生しようとしています。</translation>
    </message>
    <message>
        <source>Unsupported media type.</source>
        <translation>サポートされていない型のメディアです。</translation>
    </message>
    <message>
        <source>Unable to create mediasession.</source>
        <translation>メディアセッションが作成できません。</translation>
    </message>
    <message>
        <source>Failed to set topology.</source>
        <translation>トポロジーのセットに失敗しました。</translation>
    </message>
    <message>
        <source>Failed to pause.</source>
        <translation>一時停止に失敗しました。</translation>
    </message>
    <message>
        <source>Unable to play.</source>
        <translation>再生できません。</translation>
    </message>
    <message>
        <source>failed to start playback</source>
        <translation>プレイバックの開始に失敗しました</translation>
    </message>
    <message>
        <source>Cannot create presentation descriptor.</source>
        <translation>プレゼンテーション記述子が作成できません。</translation>
    </message>
    <message>
        <source>The specified server could not be found.</source>
        <translation>指定されたサーバが見つかりません。</translation>
    </message>
    <message>
        <source>The system cannot find the file specified.</source>
        <translation>システムは指定されたファイルを見つけられません。</translation>
    </message>
    <message>
        <source>Invalid stream source.</source>
        <translation>無効なストリームのソースです。</translation>
    </message>
    <message>
        <source>Media session serious error.</source>
        <translation>メディアセッションに深刻なエラーが発生しました。</translation>
    </message>
    <message>
        <source>Unable to pull session events.</source>
        <translation>セッションイベントをプルできません。</translation>
    </message>
    <message>
        <source>Failed to get stream count.</source>
        <translation>ストリームカウントの取得に失敗しました。</translation>
    </message>
    <message>
        <source>Media session non-fatal error.</source>
        <translation>メディアセッションに致命的ではないエラーが発生しました。</translation>
    </message>
    <message>
        <source>Failed to load source.</source>
        <translation>ソースの読み込みに失敗しました。</translation>
    </message>
    <message>
        <source>Unknown stream type.</source>
        <translation>未知の型のストリームです。</translation>
    </message>
    <message>
        <source>Unable to play any stream.</source>
        <translation>どのストリームも再生できません。</translation>
    </message>
    <message>
        <source>Failed to create topology.</source>
        <translation>トポロジーの作成に失敗しました。</translation>
    </message>
</context>
<context>
    <name>BbCameraSession</name>
    <message>
        <source>Unable to start video recording</source>
        <translation>ビデオ録画を開始できません</translation>
    </message>
    <message>
        <source>Unable to open camera</source>
        <translation>カメラを開けません</translation>
    </message>
    <message>
        <source>Unable to retrieve native camera orientation</source>
        <translation>カメラのネイティブの方向を取得できません</translation>
    </message>
    <message>
        <source>Could not load JPEG data from frame</source>
        <translation>フレームから JPEG データを読み込めません</translation>
    </message>
    <message>
        <source>Camera provides image in unsupported format</source>
        <translation>カメラが提供する画像形式はサポートされていません</translation>
    </message>
    <message>
        <source>Unable to apply video settings</source>
        <translation>ビデオの設定を反映できません</translation>
    </message>
    <message>
        <source>Could not open destination file:
%1</source>
        <translation>保存先のファイルを開けませんでした:
%1</translation>
    </message>
    <message>
        <source>Unable to close camera</source>
        <translation>カメラを閉じれません</translation>
    </message>
    <message>
        <source>Camera not ready</source>
        <translation>カメラが準備できていません</translation>
    </message>
    <message>
        <source>Unable to stop video recording</source>
        <translation>ビデオ録画を停止できません</translation>
    </message>
</context>
<context>
    <name>QGstreamerVideoInputDeviceControl</name>
    <message>
        <source>Front camera</source>
        <translation>フロントカメラ</translation>
    </message>
    <message>
        <source>Main camera</source>
        <translation>メインカメラ</translation>
    </message>
</context>
<context>
    <name>AVFMediaRecorderControl</name>
    <message>
        <source>Recorder not configured</source>
        <translation>レコーダが設定されていません</translation>
    </message>
    <message>
        <source>Could not connect the video recorder</source>
        <translation>ビデオレコーダに接続できませんでした</translation>
    </message>
    <message>
        <source>Recording pause not supported</source>
        <translation>録画時の一時停止はサポートされていません</translation>
    </message>
</context>
<context>
    <name>QGstreamerAudioDecoderSession</name>
    <message>
        <source>Cannot play stream of type: &lt;unknown&gt;</source>
        <translation>再生不可能な型のストリームです: &lt;不明&gt;</translation>
    </message>
</context>
<context>
    <name>QGstreamerPlayerSession</name>
    <message>
        <source>Cannot play stream of type: &lt;unknown&gt;</source>
        <translation>再生不可能な型のストリームです: &lt;不明&gt;</translation>
    </message>
    <message>
        <source>UDP source timeout</source>
        <translation>UDP ソースがタイムアウトしました</translation>
    </message>
    <message>
        <source>Media is loaded as a playlist</source>
        <translation>メディアがプレイリストとして読み込まれました</translation>
    </message>
</context>
<context>
    <name>QAndroidVideoEncoderSettingsControl</name>
    <message>
        <source>MPEG-4 SP compression</source>
        <translation>MPEG-4 SP 圧縮</translation>
    </message>
    <message>
        <source>H.263 compression</source>
        <translation>H.263 圧縮</translation>
    </message>
    <message>
        <source>H.264 compression</source>
        <translation>H.264 圧縮</translation>
    </message>
</context>
<context>
    <name>CameraBinRecorder</name>
    <message>
        <source>QMediaRecorder::pause() is not supported by camerabin2.</source>
        <translation>camerabin2 は QMediaRecorder::pause() をサポートしていません。</translation>
    </message>
    <message>
        <source>Recording permissions are not available</source>
        <translation>録画の権限がありません</translation>
    </message>
    <message>
        <source>Service has not been started</source>
        <translation>サービスが開始されていません</translation>
    </message>
</context>
<context>
    <name>AVFMediaRecorderControlIOS</name>
    <message>
        <source>Non-writeable file location</source>
        <translation>書き込み不可能なファイルのパスです</translation>
    </message>
    <message>
        <source>Invalid output file URL</source>
        <translation>出力ファイルのURLが無効です</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>ファイルは既に存在します</translation>
    </message>
    <message>
        <source>Failed to start recording</source>
        <translation>録画の開始に失敗しました</translation>
    </message>
    <message>
        <source>Recording pause not supported</source>
        <translation>録画時の一時停止はサポートされていません</translation>
    </message>
</context>
<context>
    <name>QPlaylistFileParser</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 が存在しません</translation>
    </message>
    <message>
        <source>Empty file provided</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>invalid line in playlist file</source>
        <translation>プレイリストに無効な行があります</translation>
    </message>
    <message>
        <source>%1 playlist type is unknown</source>
        <translation>プレイリスト %1 の形式が不明です</translation>
    </message>
</context>
<context>
    <name>AudioContainerControl</name>
    <message>
        <source>RAW (headerless) file format</source>
        <translation>RAW(ヘッダなし)ファイル形式</translation>
    </message>
    <message>
        <source>WAV file format</source>
        <translation>WAV ファイル形式</translation>
    </message>
</context>
<context>
    <name>QAndroidMediaContainerControl</name>
    <message>
        <source>MPEG4 media file format</source>
        <translation>MPEG4 メディアファイル形式</translation>
    </message>
    <message>
        <source>AMR WB file format</source>
        <translation>AMR WB ファイル形式</translation>
    </message>
    <message>
        <source>AMR NB file format</source>
        <translation>AMR NB ファイル形式</translation>
    </message>
    <message>
        <source>3GPP media file format</source>
        <translation>3GPP メディアファイル形式</translation>
    </message>
</context>
<context>
    <name>QMediaPlayer</name>
    <message>
        <source>Attempting to play invalid Qt resource</source>
        <translation>無効な Qt リソースを再生しようとしています</translation>
    </message>
    <message>
        <source>The QMediaPlayer object does not have a valid service</source>
        <translation>QMediaPlayer には有効なサービスがありません</translation>
    </message>
</context>
<context>
    <name>QGstreamerImageCaptureControl</name>
    <message>
        <source>Not ready to capture</source>
        <translation>キャプチャの準備ができていません</translation>
    </message>
</context>
<context>
    <name>AVFMediaPlayerSession</name>
    <message>
        <source>Failed to load media</source>
        <translation>メディアの読み込みに失敗しました</translation>
    </message>
</context>
<context>
    <name>QMediaPlaylist</name>
    <message>
        <source>The file could not be accessed.</source>
        <translation>ファイルにアクセスできませんでした。</translation>
    </message>
    <message>
        <source>Playlist format is not supported.</source>
        <translation>サポートされていないプレイリストの形式です。</translation>
    </message>
    <message>
        <source>Could not add items to read only playlist.</source>
        <translation>読み込み専用のプレイリストにはアイテムを追加できません。</translation>
    </message>
    <message>
        <source>Playlist format is not supported</source>
        <translation>サポートされていないプレイリストの形式です</translation>
    </message>
</context>
<context>
    <name>QCamera</name>
    <message>
        <source>The camera service is missing</source>
        <translation>カメラサービスがありません</translation>
    </message>
</context>
<context>
    <name>QGstreamerRecorderControl</name>
    <message>
        <source>Not compatible codecs and container format.</source>
        <translation>互換性のないコーデックおよびコンテナ形式です。</translation>
    </message>
    <message>
        <source>Service has not been started</source>
        <translation>サービスが開始されていません</translation>
    </message>
</context>
<context>
    <name>QAndroidAudioEncoderSettingsControl</name>
    <message>
        <source>Adaptive Multi-Rate Wideband (AMR-WB) audio codec</source>
        <translation>広帯域用適応多重レート(AMR-WB)音声コーデック</translation>
    </message>
    <message>
        <source>AAC Low Complexity (AAC-LC) audio codec</source>
        <translation>AAL-LC 音声コーデック</translation>
    </message>
    <message>
        <source>Adaptive Multi-Rate Narrowband (AMR-NB) audio codec</source>
        <translation>狭帯域用適応多重レート(AMR-NB)音声コーデック</translation>
    </message>
</context>
<context>
    <name>QCameraImageCapture</name>
    <message>
        <source>Device does not support images capture.</source>
        <translation>デバイスが画像のキャプチャをサポートしていません。</translation>
    </message>
</context>
<context>
    <name>QWinRTCameraImageCaptureControl</name>
    <message>
        <source>Invalid photo data length.</source>
        <translation>画像のデータ長が無効です。</translation>
    </message>
    <message>
        <source>Camera not ready</source>
        <translation>カメラが準備できていません</translation>
    </message>
    <message>
        <source>Image saving failed</source>
        <translation>画像の保存に失敗しました</translation>
    </message>
</context>
<context>
    <name>QGstreamerCaptureSession</name>
    <message>
        <source>Could not create an audio source element</source>
        <translation>オーディオソースエレメントを作成できませんでした</translation>
    </message>
    <message>
        <source>Failed to build media capture pipeline.</source>
        <translation>メディアキャプチャパイプラインの構築に失敗しました。</translation>
    </message>
</context>
<context>
    <name>QGstreamerAudioInputSelector</name>
    <message>
        <source>System default device</source>
        <translation>システムのデフォルトデバイス</translation>
    </message>
</context>
<context>
    <name>QGstreamerAudioEncode</name>
    <message>
        <source>Raw PCM audio</source>
        <translation>PCM オーディオ</translation>
    </message>
</context>
<context>
    <name>BbCameraMediaRecorderControl</name>
    <message>
        <source>Unable to retrieve audio input volume</source>
        <translation>オーディオ入力のボリュームを取得できません</translation>
    </message>
    <message>
        <source>Unable to set audio input volume</source>
        <translation>オーディオ入力のボリュームを設定できません</translation>
    </message>
    <message>
        <source>Unable to set mute status</source>
        <translation>ミュートの状態を設定できません</translation>
    </message>
    <message>
        <source>Unable to retrieve mute status</source>
        <translation>ミュートの状態を取得できません</translation>
    </message>
</context>
<context>
    <name>CameraBinSession</name>
    <message>
        <source>Camera error</source>
        <translation>カメラでエラーが発生しました</translation>
    </message>
</context>
<context>
    <name>DSCameraSession</name>
    <message>
        <source>Camera not ready for capture</source>
        <translation>カメラはキャプチャする準備ができていません</translation>
    </message>
    <message>
        <source>Could not save image to file.</source>
        <translation>画像をファイルに保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>AVFImageCaptureControl</name>
    <message>
        <source>Could not open destination file:
%1</source>
        <translation>保存先のファイルを開けませんでした:
%1</translation>
    </message>
    <message>
        <source>Camera not ready</source>
        <translation>カメラが準備できていません</translation>
    </message>
</context>
<context>
    <name>QGstreamerImageEncode</name>
    <message>
        <source>JPEG image encoder</source>
        <translation>JPEG 画像エンコーダ</translation>
    </message>
</context>
<context>
    <name>AVFImageEncoderControl</name>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 画像</translation>
    </message>
</context>
<context>
    <name>BbImageEncoderControl</name>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 画像</translation>
    </message>
</context>
<context>
    <name>CameraBinImageEncoder</name>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 画像</translation>
    </message>
</context>
<context>
    <name>QAndroidImageEncoderControl</name>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 画像</translation>
    </message>
</context>
<context>
    <name>QWinRTImageEncoderControl</name>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 画像</translation>
    </message>
</context>
<context>
    <name>BbCameraVideoEncoderSettingsControl</name>
    <message>
        <source>No compression</source>
        <translation>非圧縮</translation>
    </message>
    <message>
        <source>AVC1 compression</source>
        <translation>AVC1 圧縮</translation>
    </message>
    <message>
        <source>H264 compression</source>
        <translation>H264 圧縮</translation>
    </message>
</context>
<context>
    <name>AVFCameraSession</name>
    <message>
        <source>Runtime camera error</source>
        <translation>実行時のカメラエラー</translation>
    </message>
</context>
<context>
    <name>AVFCameraControl</name>
    <message>
        <source>Requested capture mode is not supported</source>
        <translation>要求されたキャプチャモードはサポートされていません</translation>
    </message>
</context>
<context>
    <name>CameraBinImageCapture</name>
    <message>
        <source>Camera not ready</source>
        <translation>カメラが準備できていません</translation>
    </message>
</context>
<context>
    <name>QGstreamerCameraControl</name>
    <message>
        <source>State not supported.</source>
        <translation>サポートされていない状態です。</translation>
    </message>
</context>
<context>
    <name>AudioEncoderControl</name>
    <message>
        <source>Linear PCM audio data</source>
        <translation>リニアPCM音声データ</translation>
    </message>
</context>
<context>
    <name>QDeclarativeAudio</name>
    <message>
        <source>volume should be between 0.0 and 1.0</source>
        <translation>ボリュームは 0.0 から 1.0 の間の値で指定してください</translation>
    </message>
</context>
<context>
    <name>QGstreamerPlayerControl</name>
    <message>
        <source>Attempting to play invalid user stream</source>
        <translation>無効なユーザストリームを再生しようとしています</translation>
    </message>
</context>
<context>
    <name>QAudioDecoder</name>
    <message>
        <source>The QAudioDecoder object does not have a valid service</source>
        <translation>QAudioDecoder には有効なサービスがありません</translation>
    </message>
</context>
</TS>
