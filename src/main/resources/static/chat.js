/*
 * Local chat page: a small Bot Framework client for trying the assistant without Teams.
 *
 * It posts activities to /api/messages with deliveryMode "expectReplies", so the bot returns its replies
 * in the HTTP response ({"activities": [...]}) and no connector service is needed. Adaptive Cards are
 * drawn by Microsoft's own renderer (vendor/adaptivecards), the same cards the bot sends to Teams.
 */
(() => {
  "use strict";

  const ENDPOINT = "api/messages";
  const CHANNEL_ID = "emulator";
  const BOT = { id: "practice-assistant", name: "Practice assistant", role: "bot" };
  const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";
  const HERO_CARD = "application/vnd.microsoft.card.hero";
  const STORAGE_KEY = "practice-assistant.chat";
  const TRANSCRIPT_LIMIT = 200;

  const transcriptEl = document.getElementById("transcript");
  const typingEl = document.getElementById("typing");
  const suggestedEl = document.getElementById("suggested-actions");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");

  // ---- session: one conversation per browser tab (sessionStorage is per tab and dies with it) ----

  function newId() {
    if (window.crypto && typeof crypto.randomUUID === "function") {
      return crypto.randomUUID();
    }
    // crypto.randomUUID needs a secure context; plain http on a LAN address is not one.
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function loadSession() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY));
      if (saved && saved.conversationId && saved.userId && Array.isArray(saved.entries)) {
        return saved;
      }
    } catch (ignored) {
      // A damaged entry is replaced by a fresh conversation below.
    }
    return null;
  }

  function freshSession() {
    return { conversationId: "local-" + newId(), userId: "user-" + newId(), entries: [] };
  }

  function saveSession() {
    session.entries = session.entries.slice(-TRANSCRIPT_LIMIT);
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } catch (ignored) {
      // Storage full or disabled: the conversation still works, it just does not survive a reload.
    }
  }

  let session = loadSession();

  // ---- activities ----

  function baseActivity(type) {
    return {
      type,
      id: newId(),
      timestamp: new Date().toISOString(),
      channelId: CHANNEL_ID,
      serviceUrl: window.location.origin,
      from: { id: session.userId, name: "You", role: "user" },
      recipient: BOT,
      conversation: { id: session.conversationId, conversationType: "personal" },
      locale: navigator.language || "en-GB",
      deliveryMode: "expectReplies",
    };
  }

  function messageActivity(text, value) {
    const activity = baseActivity("message");
    activity.textFormat = "plain";
    if (text !== undefined && text !== null) activity.text = text;
    if (value !== undefined) activity.value = value;
    return activity;
  }

  function welcomeActivity() {
    const activity = baseActivity("conversationUpdate");
    activity.membersAdded = [{ id: session.userId, name: "You" }];
    return activity;
  }

  let inFlight = 0;

  async function post(activity) {
    inFlight++;
    setBusy(true);
    try {
      const response = await fetch(ENDPOINT, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(activity),
      });
      if (!response.ok) {
        addEntry({ kind: "error", text: await describeFailure(response) });
        return;
      }
      const body = await response.text();
      for (const reply of repliesIn(body)) {
        showReply(reply);
      }
    } catch (networkError) {
      addEntry({ kind: "error", text: "Cannot reach the assistant. Is it still running?" });
    } finally {
      inFlight--;
      setBusy(inFlight > 0);
    }
  }

  function repliesIn(body) {
    if (!body || !body.trim()) return [];
    let parsed;
    try {
      parsed = JSON.parse(body);
    } catch (notJson) {
      return [];
    }
    // The SDK's ExpectedReplies: {"activities": [...]}.
    return parsed && Array.isArray(parsed.activities) ? parsed.activities : [];
  }

  async function describeFailure(response) {
    if (response.status === 401 || response.status === 403) {
      return "The assistant is running with Microsoft credentials and only accepts signed requests from " +
        "the Bot Framework. Start it without credentials to use this page.";
    }
    let detail = "";
    try {
      const problem = JSON.parse(await response.text());
      detail = problem.detail || problem.title || "";
    } catch (notJson) {
      // Not a problem document: the status alone says enough.
    }
    return `The assistant could not answer (HTTP ${response.status})${detail ? ": " + detail : "."}`;
  }

  function showReply(activity) {
    if (!activity || activity.type !== "message") {
      // Typing indicators are already shown while the request is open; other types have nothing to show.
      return;
    }
    addEntry({ kind: "bot", activity });
    showSuggestedActions(activity.suggestedActions);
  }

  // ---- sending ----

  function sendText(text) {
    const trimmed = text.trim();
    if (!trimmed) return;
    clearSuggestedActions();
    addEntry({ kind: "user", text: trimmed });
    return post(messageActivity(trimmed));
  }

  /** A button press: Teams shows nothing for it, the page notes which button so the transcript reads well. */
  function sendValue(value, buttonTitle) {
    clearSuggestedActions();
    addEntry({ kind: "user-choice", text: buttonTitle });
    return post(messageActivity(undefined, value));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value;
    if (!text.trim()) return;
    input.value = "";
    sendText(text);
    input.focus();
  });

  input.addEventListener("keydown", (event) => {
    // Enter sends, Shift+Enter makes a new line (as in Teams).
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  document.getElementById("start-over").addEventListener("click", () => {
    startConversation();
    input.focus();
  });

  function setBusy(busy) {
    typingEl.hidden = !busy;
    if (busy) typingEl.scrollIntoView({ block: "nearest" });
  }

  // ---- transcript ----

  function addEntry(entry) {
    session.entries.push(entry);
    saveSession();
    renderEntry(entry);
  }

  function renderEntry(entry) {
    const item = document.createElement("li");
    switch (entry.kind) {
      case "user": {
        item.className = "turn user";
        const bubble = document.createElement("div");
        bubble.className = "bubble";
        bubble.textContent = entry.text;
        item.append(labelled(bubble, "You said"));
        break;
      }
      case "user-choice": {
        item.className = "turn user";
        const choice = document.createElement("p");
        choice.className = "choice";
        choice.textContent = `You chose “${entry.text}”`;
        item.append(choice);
        break;
      }
      case "bot":
        item.className = "turn bot";
        item.append(avatar(), labelled(renderBotActivity(entry.activity), "The assistant said"));
        break;
      case "error":
      default:
        item.className = "notice error";
        item.setAttribute("role", "alert");
        item.textContent = entry.text;
        break;
    }
    transcriptEl.append(item);
    item.scrollIntoView({ block: "nearest" });
  }

  function labelled(body, label) {
    const wrapper = document.createElement("div");
    wrapper.className = "turn-body";
    const hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = label + ":";
    wrapper.append(hidden, body);
    return wrapper;
  }

  function avatar() {
    const span = document.createElement("span");
    span.className = "avatar";
    span.setAttribute("aria-hidden", "true");
    span.textContent = "PA";
    return span;
  }

  function renderBotActivity(activity) {
    const parts = document.createDocumentFragment();
    if (activity.text) {
      const bubble = document.createElement("div");
      bubble.className = "bubble";
      bubble.innerHTML = formatText(activity.text, activity.textFormat);
      parts.append(bubble);
    }
    for (const attachment of activity.attachments || []) {
      const card = renderAttachment(attachment);
      if (card) parts.append(card);
    }
    const container = document.createElement("div");
    container.className = "turn-content";
    container.append(parts);
    return container;
  }

  // ---- text: the Markdown subset Teams renders, escaped first so bot text can never inject HTML ----

  function escapeHtml(text) {
    return String(text)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&#39;");
  }

  function inlineMarkdown(escaped) {
    return escaped
      .replace(/`([^`]+)`/g, "<code>$1</code>")
      .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
      .replace(/__([^_]+)__/g, "<strong>$1</strong>")
      .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, "$1<em>$2</em>")
      .replace(/(^|[\s(])_([^_\s][^_]*)_/g, "$1<em>$2</em>")
      .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g,
        '<a href="$2" target="_blank" rel="noopener noreferrer">$1</a>');
  }

  function markdownToHtml(text) {
    const lines = String(text).replace(/\r\n?/g, "\n").split("\n");
    const html = [];
    let list = null;
    let paragraph = [];
    const flushParagraph = () => {
      if (paragraph.length) html.push("<p>" + paragraph.join("<br>") + "</p>");
      paragraph = [];
    };
    const closeList = () => {
      if (list) html.push(`</${list}>`);
      list = null;
    };
    for (const raw of lines) {
      const line = raw.trimEnd();
      const bullet = /^\s*[-*•]\s+(.*)$/.exec(line);
      const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
      if (bullet || numbered) {
        flushParagraph();
        const wanted = bullet ? "ul" : "ol";
        if (list !== wanted) {
          closeList();
          html.push(`<${wanted}>`);
          list = wanted;
        }
        html.push("<li>" + inlineMarkdown(escapeHtml((bullet || numbered)[1])) + "</li>");
      } else if (!line.trim()) {
        flushParagraph();
        closeList();
      } else {
        closeList();
        paragraph.push(inlineMarkdown(escapeHtml(line.replace(/^#{1,6}\s+/, ""))));
      }
    }
    flushParagraph();
    closeList();
    return html.join("");
  }

  function formatText(text, textFormat) {
    if (textFormat === "plain") {
      return escapeHtml(text).replace(/\n/g, "<br>");
    }
    if (textFormat === "xml") {
      // Teams' XML format is a small HTML subset; showing its text content is safe and readable.
      const doc = new DOMParser().parseFromString(String(text), "text/html");
      return escapeHtml(doc.body.textContent || "").replace(/\n/g, "<br>");
    }
    return markdownToHtml(text); // Teams' default for bot text is Markdown.
  }

  // ---- cards ----

  function hostConfig() {
    // Teams-like text colours with AA contrast on every container background below.
    const foregroundColors = {
      default: { default: "#242424", subtle: "#5C5C5C" },
      accent: { default: "#0F6CBD", subtle: "#115EA3" },
      good: { default: "#0E700E", subtle: "#0E700E" },
      warning: { default: "#8A5300", subtle: "#8A5300" },
      attention: { default: "#A4262C", subtle: "#A4262C" },
      dark: { default: "#242424", subtle: "#5C5C5C" },
      light: { default: "#FFFFFF", subtle: "#F5F5F5" },
    };
    const style = (backgroundColor) => ({ backgroundColor, foregroundColors });
    return new AdaptiveCards.HostConfig({
      fontFamily: "'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif",
      spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
      separator: { lineThickness: 1, lineColor: "#E0E0E0" },
      fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 22 },
      fontWeights: { lighter: 300, default: 400, bolder: 600 },
      supportsInteractivity: true,
      containerStyles: {
        default: style("#FFFFFF"),
        emphasis: style("#F5F5F5"),
        accent: style("#E8EBFA"),
        good: style("#F1FAF1"),
        attention: style("#FDF3F4"),
        warning: style("#FFF9F5"),
      },
      actions: {
        maxActions: 6,
        spacing: "default",
        buttonSpacing: 8,
        showCard: { actionMode: "inline", inlineTopMargin: 12, style: "emphasis" },
        actionsOrientation: "horizontal",
        actionAlignment: "left",
      },
      imageSizes: { small: 40, medium: 80, large: 160 },
      factSet: {
        title: { weight: "bolder", wrap: true, maxWidth: 150 },
        value: { wrap: true },
        spacing: 8,
      },
    });
  }

  const cardHostConfig = () => cardHostConfig.value || (cardHostConfig.value = hostConfig());

  if (typeof AdaptiveCards !== "undefined") {
    // TextBlocks use the same escaped Markdown subset as message text.
    AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
      result.outputHtml = markdownToHtml(text);
      result.didProcess = true;
    };
  }

  const WORD_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  function renderAttachment(attachment) {
    if (!attachment) return null;
    if (attachment.contentType === ADAPTIVE_CARD) {
      return renderAdaptiveCard(attachment.content);
    }
    if (attachment.contentType === HERO_CARD) {
      return renderAdaptiveCard(heroToAdaptive(attachment.content || {}));
    }
    // A file made for this reply (the coach's Child and Family Plan) comes inline as a data URL: offered as
    // a download link. Only a Word document's data URL is accepted, so no other link can be injected.
    if (attachment.contentType === WORD_DOCUMENT && typeof attachment.contentUrl === "string"
        && attachment.contentUrl.startsWith("data:" + WORD_DOCUMENT + ";base64,")) {
      const link = document.createElement("a");
      link.className = "download";
      link.href = attachment.contentUrl;
      link.download = (attachment.name || "document.docx").replace(/[^\w.-]/g, "-");
      link.textContent = "Download " + link.download;
      const holder = document.createElement("p");
      holder.appendChild(link);
      return holder;
    }
    const unsupported = document.createElement("p");
    unsupported.className = "notice";
    unsupported.textContent = `(An attachment of type ${attachment.contentType || "unknown"} that this page cannot show.)`;
    return unsupported;
  }

  function renderAdaptiveCard(json) {
    const holder = document.createElement("div");
    holder.className = "card";
    if (typeof AdaptiveCards === "undefined") {
      holder.textContent = "(The card renderer did not load.)";
      return holder;
    }
    try {
      const content = typeof json === "string" ? JSON.parse(json) : json;
      const card = new AdaptiveCards.AdaptiveCard();
      card.hostConfig = cardHostConfig();
      card.onExecuteAction = executeCardAction;
      card.parse(content, new AdaptiveCards.SerializationContext());
      const rendered = card.render();
      if (rendered) holder.append(rendered);
    } catch (badCard) {
      // One card the renderer cannot draw must not hide the rest of the conversation.
      holder.textContent = "(A card that this page cannot show.)";
    }
    return holder;
  }

  /** Hero cards are simple; showing them through the Adaptive Card renderer keeps one look and one click path. */
  function heroToAdaptive(hero) {
    const body = [];
    if (hero.title) body.push({ type: "TextBlock", text: hero.title, size: "Medium", weight: "Bolder", wrap: true });
    if (hero.subtitle) body.push({ type: "TextBlock", text: hero.subtitle, isSubtle: true, wrap: true });
    if (hero.text) body.push({ type: "TextBlock", text: hero.text, wrap: true });
    for (const image of hero.images || []) {
      if (image.url) body.push({ type: "Image", url: image.url, altText: image.alt || "" });
    }
    return {
      type: "AdaptiveCard",
      version: "1.5",
      body,
      actions: (hero.buttons || []).map(cardActionToAdaptive),
    };
  }

  function cardActionToAdaptive(button) {
    if (button.type === "openUrl") {
      return { type: "Action.OpenUrl", title: button.title, url: button.value };
    }
    const msteams = button.type === "imBack"
      ? { type: "imBack", value: button.value }
      : { type: "messageBack", text: button.text, displayText: button.displayText, value: button.value };
    return { type: "Action.Submit", title: button.title, data: button.type === "postBack" ? button.value : { msteams } };
  }

  /**
   * Does what Teams does when a card button is pressed: Action.Submit sends its data as the activity's
   * value (or, for the msteams imBack/messageBack forms, a text message); Action.OpenUrl opens a tab.
   * Action.ShowCard and Action.ToggleVisibility are handled inside the renderer.
   */
  function executeCardAction(action) {
    const type = action.getJsonTypeName();
    if (type === "Action.OpenUrl") {
      if (/^https?:\/\//i.test(action.url || "")) window.open(action.url, "_blank", "noopener");
      return;
    }
    if (type !== "Action.Submit") return; // Action.Execute (invoke) is not used by this bot.
    const data = action.data;
    const title = action.title || "OK";
    if (typeof data === "string") {
      sendText(data);
      return;
    }
    const msteams = data && data.msteams;
    if (msteams && msteams.type === "imBack") {
      sendText(String(msteams.value));
      return;
    }
    if (msteams && msteams.type === "messageBack") {
      sendMessageBack(msteams);
      return;
    }
    sendValue(data || {}, title);
  }

  /** Teams' messageBack: text and value go to the bot, and only displayText (if any) shows in the chat. */
  function sendMessageBack({ text, value, displayText }) {
    clearSuggestedActions();
    if (displayText) addEntry({ kind: "user", text: displayText });
    return post(messageActivity(text, parseMaybeJson(value)));
  }

  function parseMaybeJson(value) {
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value);
    } catch (notJson) {
      return value;
    }
  }

  // ---- suggested actions (at most three in Teams; shown until the next message) ----

  function showSuggestedActions(suggested) {
    const actions = (suggested && suggested.actions) || [];
    if (!actions.length) return;
    suggestedEl.replaceChildren();
    for (const action of actions) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = action.title || action.text || String(action.value);
      button.addEventListener("click", () => runSuggestedAction(action));
      suggestedEl.append(button);
    }
    suggestedEl.hidden = false;
  }

  function clearSuggestedActions() {
    suggestedEl.replaceChildren();
    suggestedEl.hidden = true;
  }

  function runSuggestedAction(action) {
    switch (action.type) {
      case "openUrl":
        if (/^https?:\/\//i.test(action.value || "")) window.open(action.value, "_blank", "noopener");
        break;
      case "messageBack":
        sendMessageBack(action);
        break;
      case "postBack":
        sendValue(parseMaybeJson(action.value), action.title || "OK");
        break;
      case "imBack":
      default:
        sendText(String(action.value ?? action.title));
        break;
    }
    input.focus();
  }

  // ---- start ----

  function startConversation() {
    session = freshSession();
    saveSession();
    transcriptEl.replaceChildren();
    clearSuggestedActions();
    post(welcomeActivity());
  }

  function resume() {
    for (const entry of session.entries) renderEntry(entry);
  }

  if (session) {
    resume();
  } else {
    startConversation();
  }
})();
