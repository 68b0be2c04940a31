// Runs only in browsers without ES module support: says so instead of leaving "Loading…" forever.
(function () {
  var messages = document.getElementById('main').getElementsByTagName('p');
  for (var i = 0; i < messages.length; i += 1) {
    if (messages[i].className === 'boot-message' && messages[i].firstChild) {
      messages[i].firstChild.nodeValue =
        'This browser is too old for Maoni. The bills are available as JSON at /api/bills. ' +
        'Kivinjari hiki ni cha zamani mno kwa Maoni. Miswada inapatikana kama JSON katika /api/bills.';
    }
  }
})();
