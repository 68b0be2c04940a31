// Runs only in browsers without ES module support: says so instead of leaving "Loading…" forever.
(function () {
  var main = document.getElementById('main');
  var messages = main.getElementsByTagName('p');
  for (var i = 0; i < messages.length; i += 1) {
    if (messages[i].className === 'boot-message') {
      messages[i].appendChild(document.createTextNode(' '));
      messages[i].firstChild.nodeValue =
        'This browser is too old for Maoni. The bills are available as JSON at /api/bills. ' +
        'Kivinjari hiki ni cha zamani mno kwa Maoni.';
    }
  }
})();
