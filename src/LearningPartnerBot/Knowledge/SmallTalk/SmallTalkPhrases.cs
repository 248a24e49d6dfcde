namespace LearningPartnerBot.Knowledge.SmallTalk;

/// <summary>
/// How people greet, thank, ask for help and say goodbye in English, Dutch and Turkish, written ASCII-folded and
/// lower-case (the recognizer folds the message the same way, so "Teşekkürler" and "TESEKKURLER" both match).
/// </summary>
internal static class SmallTalkPhrases
{
    public static IReadOnlyDictionary<SmallTalkIntent, (string Language, string[] Phrases)[]> All { get; } =
        new Dictionary<SmallTalkIntent, (string, string[])[]>
        {
            [SmallTalkIntent.Greeting] =
            [
                ("en", ["hi", "hello", "hey", "hiya", "hi there", "hello there", "hey there", "good morning", "good afternoon", "good evening", "greetings", "howdy", "yo", "hi bot", "hello bot", "morning"]),
                ("nl", ["hallo", "hoi", "hey", "dag", "goedemorgen", "goedemiddag", "goedenavond", "goeiemorgen", "goeiedag", "goedendag", "hallo daar", "hoi bot", "hallo bot", "hee", "hai"]),
                ("tr", ["merhaba", "merhabalar", "selam", "selamlar", "selamun aleykum", "gunaydin", "iyi aksamlar", "iyi gunler", "tunaydin", "merhaba bot", "slm", "mrb", "hey"]),
            ],
            [SmallTalkIntent.Thanks] =
            [
                ("en", ["thanks", "thank you", "thx", "ty", "thanks a lot", "thank you very much", "thanks so much", "many thanks", "cheers", "great thanks", "ok thanks", "thanks for the help", "thank you for your help", "much appreciated", "appreciate it"]),
                ("nl", ["bedankt", "dank je", "dank u", "dank je wel", "dank u wel", "dankjewel", "dankuwel", "thanks", "top bedankt", "heel erg bedankt", "hartelijk dank", "merci", "ok bedankt", "super bedankt", "bedankt voor de hulp"]),
                ("tr", ["tesekkurler", "tesekkur ederim", "tesekkur ederiz", "sagol", "sagolun", "cok tesekkurler", "cok tesekkur ederim", "eyvallah", "sag ol", "sag olun", "tesekkurler yardiminiz icin", "yardiminiz icin tesekkurler", "mersi", "tsk", "tskler"]),
            ],
            [SmallTalkIntent.Help] =
            [
                ("en", ["help", "help me", "i need help", "can you help", "can you help me", "menu", "options", "show menu", "main menu", "start", "start over", "restart", "i'm stuck", "im stuck"]),
                ("nl", ["help", "hulp", "helpen", "kun je me helpen", "kunt u me helpen", "ik heb hulp nodig", "menu", "opties", "hoofdmenu", "begin", "opnieuw beginnen", "opnieuw", "start"]),
                ("tr", ["yardim", "yardim et", "yardim edin", "yardima ihtiyacim var", "bana yardim et", "bana yardim eder misin", "menu", "secenekler", "ana menu", "basla", "bastan basla", "yeniden basla"]),
            ],
            [SmallTalkIntent.Capabilities] =
            [
                ("en", ["what can you do", "what can i ask", "what can i ask you", "what do you do", "who are you", "what are you", "what is this bot", "what can you help with", "what can you help me with", "how can you help", "how can you help me", "what are you for", "what do you know"]),
                ("nl", ["wat kun je", "wat kan je", "wat kunt u", "wat kun je doen", "wat kan je doen", "wat kunt u doen", "wie ben jij", "wie ben je", "wat ben jij", "wat kan ik vragen", "waarmee kun je helpen", "waarmee kunt u helpen", "wat doe je", "wat is deze bot", "hoe kun je helpen"]),
                ("tr", ["ne yapabilirsin", "neler yapabilirsin", "ne yapabilirsiniz", "neler yapabilirsiniz", "sen kimsin", "kimsin", "ne ise yararsin", "ne ise yarar", "sana ne sorabilirim", "ne sorabilirim", "bu bot ne", "bu bot ne yapar", "nasil yardimci olabilirsin", "neler biliyorsun"]),
            ],
            [SmallTalkIntent.Goodbye] =
            [
                ("en", ["bye", "goodbye", "bye bye", "see you", "see ya", "see you later", "later", "good bye", "cya", "take care", "have a nice day", "that's all", "thats all"]),
                ("nl", ["doei", "dag dag", "tot ziens", "doeg", "tot later", "tot straks", "fijne dag", "prettige dag", "houdoe", "later", "dat was het", "dat was alles"]),
                ("tr", ["gorusuruz", "hosca kal", "hoscakal", "hosca kalin", "gule gule", "bay bay", "iyi calismalar", "kendine iyi bak", "sonra gorusuruz", "bu kadar", "simdilik bu kadar"]),
            ],
        };
}
