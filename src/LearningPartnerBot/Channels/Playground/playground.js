// Starts a conversation on the bot's own Direct Line endpoint and renders Web Chat into #webchat.
// Over the endpoint's WebSocket stream, as against the hosted Direct Line; add ?polling to the page's address to try
// the polling path that the endpoint also serves.
(async () => {
  const root = document.getElementById('webchat');
  const status = document.getElementById('chat-status');
  const { domain, locale, userId, userName } = root.dataset;

  if (!window.WebChat) {
    status.textContent = root.dataset.bundleMissing;
    return;
  }

  try {
    const user = userId ? { id: userId, name: userName } : undefined;
    const response = await fetch(domain + '/tokens/generate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user })
    });
    if (!response.ok) {
      throw new Error('tokens/generate answered ' + response.status);
    }

    const { token } = await response.json();
    const directLine = window.WebChat.createDirectLine({
      token,
      domain: location.origin + domain,
      webSocket: !new URLSearchParams(location.search).has('polling'),
      pollingInterval: 500,
      conversationStartProperties: { locale }
    });
    // No upload button: this endpoint does not implement Direct Line's upload call, and the bot asks for no files.
    window.WebChat.renderWebChat({
      directLine,
      locale,
      userID: userId || undefined,
      username: userName || undefined,
      styleOptions: { hideUploadButton: true }
    }, root);
    status.textContent = '';
  } catch (error) {
    console.error(error);
    status.textContent = root.dataset.connectionFailed;
  }
})();
